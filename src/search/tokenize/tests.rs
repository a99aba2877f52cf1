//! The tokeniser's tests: folding, splitting and the filler words.

use super::*;

fn texts(s: &str) -> Vec<(Script, String)> {
    tokenize(s).into_iter().map(|t| (t.script, t.text)).collect()
}

#[test]
fn folding_is_one_char_for_one_char() {
    assert_eq!(fold("ＳＭＳ　Code"), "sms code");
    assert_eq!(fold("Ｗｉ－Ｆｉ"), "wi-fi");
    assert_eq!(fold("mì mǎ yàn zhèng mǎ lǘ"), "mi ma yan zheng ma lu");
    assert_eq!(fold("Café İ"), "cafe İ");
    assert_eq!(fold("it\u{2019}s \u{2018}a\u{2019} \u{2013} Wi\u{2011}Fi 登录"), "it's 'a' - wi-fi 登录");
    let s = "ＡＢＣ 验证 ǎ";
    assert_eq!(fold(s).chars().count(), s.chars().count());
}

#[test]
fn latin_glued_to_han_is_split_and_words_keep_inner_dashes_out() {
    use Script::*;
    assert_eq!(texts("wifi连不上"), [(Latin, "wifi".into()), (Han, "连不上".into())]);
    assert_eq!(
        texts("用Chrome登不上"),
        [(Han, "用".into()), (Latin, "chrome".into()), (Han, "登不上".into())]
    );
    assert_eq!(texts("ＳＭＳ收不到"), [(Latin, "sms".into()), (Han, "收不到".into())]);
    assert_eq!(
        texts("Wi-Fi can't -x 😭 95588"),
        [(Latin, "wifi".into()), (Latin, "cant".into()), (Latin, "x".into()), (Latin, "95588".into())]
    );
}

#[test]
fn positions_point_into_the_original() {
    let t = tokenize("用Chrome登");
    assert_eq!((t[1].start, t[1].end), (1, 7));
    assert_eq!((t[2].start, t[2].end), (7, 8));
}

#[test]
fn fillers_are_stop_words() {
    for w in ["怎么办", "了", "老是", "一直", "可能", "所以", "the", "please", "icbc", "someone"]
    {
        assert!(is_stop_word(w), "{w}");
    }
    for w in ["验证码", "冻结", "password", "code"] {
        assert!(!is_stop_word(w), "{w}");
    }
}
