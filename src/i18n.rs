//! The widget's own words (headings, buttons, counts) in Chinese and English, and in traditional Chinese converted from the Chinese; the help content is in `content/`.

use crate::content::{to_hant, Lang};
use std::sync::OnceLock;

/// Declares `Ui`, one `&'static str` field a word, and `Ui::map`, which
/// makes the traditional words from the simplified ones field by field.
macro_rules! words {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        pub struct Ui {
            $($(#[$doc])* pub $name: &'static str,)*
        }

        impl Ui {
            fn map(&self, f: impl Fn(&'static str) -> &'static str) -> Ui {
                Ui { $($name: f(self.$name),)* }
            }
        }
    };
}

words! {
    title,
    intro,
    search_label,
    search_placeholder,
    picker_heading,
    chosen_label,
    remove,
    clear_all,
    causes_heading,
    causes_ranked_heading,
    col_type,
    col_cause,
    col_fix,
    because,
    fix_steps,
    faq_heading,
    stories_heading,
    story_problem,
    story_outcome,
    story_lesson,
    steps_heading,
    steps_done,
    steps_reset,
    step_done_label,
    tips_heading,
    channels_heading,
    call,
    no_match_heading,
    no_match_text,
    closest_heading,
    /// "{}" is the uncovered topic's name.
    not_covered_heading,
    not_covered_text,
    vague_heading,
    vague_text,
    close_call_heading,
    suggestions_label,
    /// `{n}` stands for the number of characters searched.
    query_truncated,
    environment,
    from_article,
    article_table_says,
    language_label,
    answer_kicker,
    do_now,
    why_typed,
    why_diagnosed,
    next_cause,
    still_not_solved,
    still_not_solved_text,
    guide_start,
    guide_intro,
    guide_heading,
    guide_area,
    /// `{}` stands for the category.
    guide_which,
    guide_has,
    guide_yes,
    guide_no,
    guide_none,
    guide_not_sure,
    guide_back,
    guide_restart,
    guide_close,
    guide_done,
    common_heading,
    /// The folded common problems while a question is typed.
    common_folded,
    call_bar,
    jump_to_results,
    show_all,
    search_region,
    /// The owner's fallback text in the snippets: `{}` stands for the hotline's link.
    owner_fallback,
    /// `{n}` the question's number, `{m}` about how many in all.
    guide_progress,
    /// The diagnosis done, and no cause fits the replies.
    guide_call,
    guide_call_heading,
    feedback_question,
    feedback_yes,
    feedback_no,
    feedback_thanks_yes,
    feedback_thanks_no,
    share,
    share_copied,
    share_field,
}

pub const ZH: Ui = Ui {
    title: "工商银行登录不了?",
    intro: "选择你遇到的情况,或直接描述问题,下面会列出最可能的原因和解决办法。",
    search_label: "搜索问题",
    search_placeholder: "例如:验证码收不到、刷脸失败",
    picker_heading: "你遇到了什么情况?",
    chosen_label: "已选择",
    remove: "移除",
    clear_all: "全部清除",
    causes_heading: "常见原因",
    causes_ranked_heading: "最可能的原因",
    col_type: "问题类型",
    col_cause: "可能原因",
    col_fix: "解决方法",
    because: "因为你选择了:",
    fix_steps: "具体步骤",
    faq_heading: "常见问题",
    stories_heading: "真实案例",
    story_problem: "出了什么问题",
    story_outcome: "结果",
    story_lesson: "经验",
    steps_heading: "排查步骤:从简单到严重",
    steps_done: "已完成",
    steps_reset: "重新开始",
    step_done_label: "已完成这一步:",
    tips_heading: "如何避免登录问题",
    channels_heading: "联系工商银行",
    call: "拨打",
    no_match_heading: "没有找到完全相符的内容",
    no_match_text: "换个说法试试,或按下面的步骤从简单到严重逐一排查;仍然不行,请通过官方渠道联系银行。",
    closest_heading: "没有完全相符的结果,以下是最接近的答案",
    not_covered_heading: "这两篇文章没有讲到{}",
    not_covered_text: "这方面的问题,请拨打工商银行客服热线95588转人工服务,或到工商银行网点咨询。",
    vague_heading: "还看不出是哪种问题",
    vague_text: "说说具体发生了什么(比如“收不到验证码”“密码被锁”),点下面最常见的问题,或点“帮我排查”;也可以直接拨打95588。",
    close_call_heading: "是哪一种?",
    suggestions_label: "是不是这些情况?点一下即可选择:",
    query_truncated: "问题太长,只搜索了前{n}个字。",
    environment: "文章写作时的版本:",
    from_article: "出自文章:",
    article_table_says: "文章表格原文:",
    language_label: "语言",
    answer_kicker: "最可能的原因",
    do_now: "先这样做:",
    why_typed: "与你描述的问题最相符。",
    why_diagnosed: "根据你对问题的回答。",
    next_cause: "没解决?看下一个可能的原因",
    still_not_solved: "还是没解决?请联系工商银行",
    still_not_solved_text:
        "拨打95588,转人工服务,说明情况,客服会帮你排查问题;也可以去工商银行网点,凭身份证和银行卡办理。",
    guide_start: "帮我排查",
    guide_intro: "一次回答一个问题,帮你找到最可能的原因。",
    guide_heading: "帮我排查",
    guide_area: "问题出在哪方面?",
    guide_which: "{}:哪一种最接近你的情况?",
    guide_has: "你是否遇到这种情况?",
    guide_yes: "是",
    guide_no: "不是",
    guide_none: "都不是",
    guide_not_sure: "不确定",
    guide_back: "上一步",
    guide_restart: "重新开始",
    guide_close: "关闭排查",
    guide_done: "排查完成:最可能的原因见上方。",
    common_heading: "常见情况,点一下即可选择",
    common_folded: "常见情况",
    call_bar: "客服热线",
    jump_to_results: "跳到结果",
    show_all: "查看文章的全部原因、解答和案例",
    search_region: "搜索登录问题",
    owner_fallback: "登录遇到问题?请拨打工商银行客服热线 {}。",
    guide_progress: "第 {n} 题,共约 {m} 题",
    guide_call: "从你的回答还看不出是哪种原因,请拨打95588,见上方。",
    guide_call_heading: "从你的回答还看不出原因,请联系工商银行",
    feedback_question: "这个答案有帮助吗?",
    feedback_yes: "有帮助",
    feedback_no: "没有帮助",
    feedback_thanks_yes: "谢谢你的反馈。",
    feedback_thanks_no: "谢谢你的反馈。可以看看下一个可能的原因,或拨打95588。",
    share: "分享这个答案",
    share_copied: "链接已复制",
    share_field: "这个答案的链接",
};

pub const EN: Ui = Ui {
    title: "Can't log in to ICBC?",
    intro: "Pick what is happening, or describe the problem: the most likely causes and fixes are listed below.",
    search_label: "Search",
    search_placeholder: "e.g. code not arriving, face login fails",
    picker_heading: "What is happening?",
    chosen_label: "Chosen",
    remove: "Remove",
    clear_all: "Clear all",
    causes_heading: "Common causes",
    causes_ranked_heading: "Most likely causes",
    col_type: "Type",
    col_cause: "Likely cause",
    col_fix: "Fix",
    because: "Because you chose: ",
    fix_steps: "Step by step",
    faq_heading: "Questions and answers",
    stories_heading: "Real cases",
    story_problem: "What went wrong",
    story_outcome: "What happened",
    story_lesson: "Lesson",
    steps_heading: "What to try, from simple to serious",
    steps_done: "done",
    steps_reset: "Start over",
    step_done_label: "Done with this step: ",
    tips_heading: "How to avoid login problems",
    channels_heading: "Contact ICBC",
    call: "Call",
    no_match_heading: "Nothing matches exactly",
    no_match_text: "Try other words, or work through the steps below from simple to serious; if it still fails, contact the bank through an official channel.",
    closest_heading: "No exact match — the closest answers",
    not_covered_heading: "The articles do not cover {}",
    not_covered_text: "For this, call the ICBC hotline 95588 and ask for a human agent, or ask at an ICBC branch.",
    vague_heading: "We can't tell yet what is wrong",
    vague_text: "Say what happens (for example \"no SMS code\" or \"account locked\"), tap one of the common problems, or tap \"Help me find out\"; or call 95588 now.",
    close_call_heading: "Which is it?",
    suggestions_label: "Is it one of these? Tap to choose:",
    query_truncated: "Your question is long: only its first {n} characters were searched.",
    environment: "Versions the article was written against: ",
    from_article: "From the article: ",
    article_table_says: "The article's table says: ",
    language_label: "Language",
    answer_kicker: "Most likely cause",
    do_now: "Do this now:",
    why_typed: "It matches what you described best.",
    why_diagnosed: "From your answers to the questions.",
    next_cause: "Didn't help? Next likely cause",
    still_not_solved: "Still not solved? Contact ICBC",
    still_not_solved_text: "Call 95588, ask for a human agent and explain the situation; customer service will help you find the problem. Or go to an ICBC branch with your ID card and bank card.",
    guide_start: "Help me find out",
    guide_intro: "Answer one question at a time to find the most likely cause.",
    guide_heading: "Help me find out",
    guide_area: "What is the problem about?",
    guide_which: "{}: which is closest to what happens?",
    guide_has: "Is this happening?",
    guide_yes: "Yes",
    guide_no: "No",
    guide_none: "None of these",
    guide_not_sure: "Not sure",
    guide_back: "Back",
    guide_restart: "Start over",
    guide_close: "Close",
    guide_done: "Done: the most likely cause is shown above.",
    common_heading: "Common problems: one tap to choose",
    common_folded: "Common problems",
    call_bar: "ICBC hotline",
    jump_to_results: "Jump to results",
    show_all: "Show every cause, answer and case of the article",
    search_region: "Search login problems",
    owner_fallback: "Can't log in? Call the ICBC hotline {}.",
    guide_progress: "Question {n} of about {m}",
    guide_call: "Your answers do not point to one cause: call 95588, shown above.",
    guide_call_heading: "Your answers do not point to a cause: contact ICBC",
    feedback_question: "Did this help?",
    feedback_yes: "Yes, it helped",
    feedback_no: "No, it didn't",
    feedback_thanks_yes: "Thank you for telling us.",
    feedback_thanks_no: "Thank you for telling us. Try the next likely cause, or call 95588.",
    share: "Share this answer",
    share_copied: "Link copied",
    share_field: "Link to this answer",
};

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
        Lang::Hant => {
            static HANT: OnceLock<Ui> = OnceLock::new();
            // Once per page, so leaking the converted words is the point.
            HANT.get_or_init(|| ZH.map(|zh| Box::leak(to_hant(zh).into_boxed_str())))
        }
    }
}

/// What the article holds, said before the visitor has chosen anything.
pub fn article_count(lang: Lang, causes: usize, answers: usize, stories: usize) -> String {
    match lang {
        Lang::Zh => format!("文章中共有 {causes} 个原因、{answers} 条解答、{stories} 个案例"),
        Lang::Hant => to_hant(&article_count(Lang::Zh, causes, answers, stories)),
        Lang::En => format!("The article has {causes} causes, {answers} answers and {stories} real cases"),
    }
}

/// The live result count, e.g. "3 causes, 4 answers, 2 stories match".
pub fn result_count(lang: Lang, causes: usize, answers: usize, stories: usize) -> String {
    match lang {
        Lang::Zh => format!("找到 {causes} 个原因、{answers} 条解答、{stories} 个案例"),
        Lang::Hant => to_hant(&result_count(Lang::Zh, causes, answers, stories)),
        Lang::En => {
            let n = |count: usize, one: &str, many: &str| {
                format!("{count} {}", if count == 1 { one } else { many })
            };
            format!(
                "{}, {}, {} match",
                n(causes, "cause", "causes"),
                n(answers, "answer", "answers"),
                n(stories, "story", "stories")
            )
        }
    }
}

/// Joins a list the way each language does.
pub fn join(lang: Lang, items: &[&str]) -> String {
    items.join(if lang.is_chinese() { "、" } else { ", " })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_naturally() {
        assert_eq!(result_count(Lang::En, 3, 4, 2), "3 causes, 4 answers, 2 stories match");
        assert_eq!(result_count(Lang::En, 1, 1, 0), "1 cause, 1 answer, 0 stories match");
        assert_eq!(result_count(Lang::Zh, 3, 4, 2), "找到 3 个原因、4 条解答、2 个案例");
        assert_eq!(result_count(Lang::Hant, 3, 4, 2), "找到 3 個原因、4 條解答、2 個案例");
    }

    #[test]
    fn the_traditional_words_are_the_simplified_ones_converted() {
        let (zh, hant) = (ui(Lang::Zh), ui(Lang::Hant));
        assert_eq!(hant.search_label, "搜尋問題");
        assert_eq!(hant.title, "工商銀行登入不了?");
        assert_eq!(hant.call_bar, to_hant(zh.call_bar));
    }
}
