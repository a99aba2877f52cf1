//! Builds the search index ahead of time (in `build.rs`, natively; also used
//! by tests and benchmarks), with the heavy language tools that never reach
//! the browser: jieba segments Chinese, Snowball stems English, the pinyin
//! crate gives every reading of every character, and OpenCC's table (through
//! simplecc) maps traditional characters to simplified ones.

use super::characters::{common_sounds, syllables, traditional_map};
use super::index::{SearchIndex, Section, Term};
use super::pinyin_keys;
use super::tokenize::{is_han, is_stop_word, tokenize, zh_stop_words, Script};
use crate::content::{Content, Lang, Text};
use jieba_rs::Jieba;
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::{BTreeMap, BTreeSet};

/// BM25 saturation and length normalisation, tuned for short help texts.
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// The weight of a term that no title or symptom label uses, next to one
/// used only there.
const BODY_ONLY: f32 = 0.5;
/// The weight of a generic word (`content/scope.toml`) next to a telling one.
const GENERIC: f32 = 0.4;

/// The kinds of field, each normalised by its own average length.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Slot {
    /// What the item is about: a cause, a question, a title, a symptom's label.
    Title,
    /// The answer or fix.
    Body,
    /// The labels of the symptoms the item is tagged with.
    Tags,
}

struct Field<'a> {
    slot: Slot,
    weight: f32,
    text: &'a Text,
}

fn field(slot: Slot, weight: f32, text: &Text) -> Field<'_> {
    Field { slot, weight, text }
}

/// The searchable fields of every item, by section, in content order.
fn items(c: &Content) -> Vec<((Section, u32), Vec<Field<'_>>)> {
    let label = |id: &String| c.symptom(id).map(|s| &s.label);
    let tags = |ids: &mut dyn Iterator<Item = (&String, f32)>| -> Vec<Field<'_>> {
        ids.filter_map(|(id, w)| label(id).map(|l| field(Slot::Tags, w, l))).collect::<Vec<_>>()
    };
    let mut out = Vec::new();
    let mut push = |section, i: usize, fields| out.push(((section, i as u32), fields));
    for (i, x) in c.causes.iter().enumerate() {
        let mut f = vec![field(Slot::Title, 3.0, &x.cause), field(Slot::Title, 1.0, &x.kind)];
        f.push(field(Slot::Body, 2.0, &x.fix));
        f.extend(x.article_fix.iter().map(|t| field(Slot::Body, 1.0, t)));
        f.extend(x.steps.iter().map(|t| field(Slot::Body, 1.0, t)));
        f.extend(tags(&mut x.symptoms.iter().map(|(id, w)| (id, 0.4 * *w as f32))));
        push(Section::Cause, i, f);
    }
    for (i, x) in c.faqs.iter().enumerate() {
        let mut f = vec![field(Slot::Title, 3.0, &x.question), field(Slot::Body, 1.5, &x.answer)];
        f.extend(x.points.iter().map(|t| field(Slot::Body, 1.0, t)));
        f.extend(tags(&mut x.symptoms.iter().map(|id| (id, 0.8))));
        push(Section::Faq, i, f);
    }
    for (i, x) in c.stories.iter().enumerate() {
        let mut f = vec![field(Slot::Title, 3.0, &x.title), field(Slot::Body, 2.0, &x.problem)];
        for t in [&x.name, &x.situation, &x.outcome, &x.lesson] {
            f.push(field(Slot::Body, 1.0, t));
        }
        f.extend(tags(&mut x.symptoms.iter().map(|id| (id, 0.8))));
        push(Section::Story, i, f);
    }
    for (i, x) in c.steps.iter().enumerate() {
        let mut f = vec![field(Slot::Title, 3.0, &x.title)];
        f.extend(x.actions.iter().map(|t| field(Slot::Body, 1.0, t)));
        f.extend(tags(&mut x.symptoms.iter().map(|id| (id, 0.5))));
        push(Section::Step, i, f);
    }
    for (i, x) in c.tips.iter().enumerate() {
        let mut f = vec![field(Slot::Title, 3.0, &x.title), field(Slot::Body, 1.5, &x.text)];
        f.extend(tags(&mut x.symptoms.iter().map(|id| (id, 0.8))));
        push(Section::Tip, i, f);
    }
    for (i, x) in c.channels.iter().enumerate() {
        let mut f = vec![field(Slot::Title, 3.0, &x.name), field(Slot::Body, 1.5, &x.text)];
        f.extend(tags(&mut x.symptoms.iter().map(|id| (id, 0.5))));
        push(Section::Channel, i, f);
    }
    for (i, x) in c.symptoms.iter().enumerate() {
        push(Section::Symptom, i, vec![field(Slot::Title, 3.0, &x.label), field(Slot::Body, 1.5, &x.hint)]);
    }
    for (i, x) in c.uncovered.iter().enumerate() {
        push(Section::Uncovered, i, vec![field(Slot::Title, 3.0, &x.terms)]);
    }
    out
}

/// Turns text into index terms: the shared tokeniser, then jieba for Han
/// runs and Snowball for Latin words. Remembers each English word's stem.
pub struct Analyzer {
    jieba: Jieba,
    stemmer: Stemmer,
    /// English surface word → stem, for every word seen.
    pub words: BTreeMap<String, String>,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer { jieba: Jieba::new(), stemmer: Stemmer::create(Algorithm::English), words: BTreeMap::new() }
    }
}

impl Analyzer {
    /// The terms of `text` in order, fillers dropped; overlapping Chinese
    /// words are all kept ("验证码" gives 验证, 验证码), as search engines do.
    pub fn terms(&mut self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for token in tokenize(text) {
            match token.script {
                Script::Han => {
                    for word in self.jieba.cut_for_search(&token.text, true) {
                        if !is_stop_word(word.word) && word.word.chars().all(is_han) {
                            out.push(word.word.to_string());
                        }
                    }
                }
                Script::Latin => {
                    if let Some(stem) = self.stem(&token.text) {
                        out.push(stem);
                    }
                }
            }
        }
        out
    }

    /// The stem of one folded English word (None for a filler word).
    pub fn stem(&mut self, word: &str) -> Option<String> {
        if is_stop_word(word) {
            return None;
        }
        let stem = self.stemmer.stem(word).into_owned();
        self.words.insert(word.to_string(), stem.clone());
        Some(stem)
    }
}

/// Builds the index of `content`.
pub fn build_index(content: &Content) -> SearchIndex {
    let mut analyzer = Analyzer::default();
    let items = items(content);

    // BM25F: per item, each slot's weighted term frequencies over the slot's
    // whole length (all its fields in both languages), so an item with many
    // steps does not outweigh one with a single clear fix.
    let mut analysed: Vec<Vec<(Slot, f32, Vec<String>)>> = Vec::new();
    for (_, fields) in &items {
        let fs = fields
            .iter()
            .flat_map(|f| Lang::WRITTEN.map(|lang| (f.slot, f.weight, f.text.get(lang))))
            .map(|(slot, weight, text)| (slot, weight, analyzer.terms(text)))
            .collect();
        analysed.push(fs);
    }
    // An uncovered topic is found by its listed terms whole (卡丢了) and by
    // their words of two characters or more, never by one character (开).
    for ((item, _), fields) in items.iter().zip(analysed.iter_mut()) {
        if item.0 != Section::Uncovered {
            continue;
        }
        let whole: Vec<String> = content.uncovered[item.1 as usize]
            .terms
            .zh
            .split(['、', ',', ','])
            .map(|t| t.trim().to_string())
            .filter(|t| t.chars().count() >= 2 && t.chars().all(is_han))
            .collect();
        for (_, _, terms) in fields.iter_mut() {
            terms.retain(|t| !(t.chars().count() == 1 && t.chars().all(is_han)));
        }
        if let Some((_, _, terms)) = fields.first_mut() {
            terms.extend(whole);
        }
    }
    let slot_length = |fields: &[(Slot, f32, Vec<String>)], slot: Slot| -> f32 {
        fields.iter().filter(|f| f.0 == slot).map(|f| f.2.len() as f32).sum()
    };
    let mut totals: BTreeMap<Slot, (f32, f32)> = BTreeMap::new();
    for fields in &analysed {
        for slot in [Slot::Title, Slot::Body, Slot::Tags] {
            let length = slot_length(fields, slot);
            if length > 0.0 {
                let e = totals.entry(slot).or_default();
                e.0 += length;
                e.1 += 1.0;
            }
        }
    }
    let avg = |slot: Slot| totals.get(&slot).map_or(1.0, |(sum, n)| (sum / n).max(1.0));

    let mut weighted: BTreeMap<String, BTreeMap<u32, f32>> = BTreeMap::new();
    // How much of a term's weight, over all items, is in what items are
    // about (titles, symptom labels) rather than in their answers.
    let mut topical: BTreeMap<String, (f32, f32)> = BTreeMap::new();
    for (item, fields) in analysed.iter().enumerate() {
        for (slot, weight, terms) in fields {
            let norm = 1.0 - B + B * slot_length(fields, *slot) / avg(*slot);
            for t in terms {
                *weighted.entry(t.clone()).or_default().entry(item as u32).or_default() += weight / norm;
                let e = topical.entry(t.clone()).or_default();
                e.1 += weight / norm;
                if *slot != Slot::Body {
                    e.0 += weight / norm;
                }
            }
        }
    }
    // IDF over the shown items only: symptoms are suggestions, not results.
    let shown: BTreeSet<u32> = items
        .iter()
        .enumerate()
        .filter(|(_, (r, _))| !matches!(r.0, Section::Symptom | Section::Uncovered))
        .map(|(i, _)| i as u32)
        .collect();
    let n = shown.len() as f32;
    let mut scores: BTreeMap<String, Vec<(u32, f32)>> = BTreeMap::new();
    for (term, per_item) in &weighted {
        let df = per_item.keys().filter(|i| shown.contains(i)).count().max(1) as f32;
        let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
        // A word only the answers use (之前, 不要, before, type) is rarely
        // what the visitor asks about, however rare it is: it weighs less.
        let (about, all) = topical[term];
        let topicality = BODY_ONLY + (1.0 - BODY_ONLY) * about / all.max(f32::MIN_POSITIVE);
        let list =
            per_item.iter().map(|(i, tf)| (*i, topicality * idf * tf * (K1 + 1.0) / (tf + K1))).collect();
        scores.insert(term.clone(), list);
    }
    // Generic words weigh less everywhere: alone they rank as before, next
    // to a telling word they count for less than it.
    for g in &content.generic {
        for word in &g.words {
            for t in analyzer.terms(word) {
                if let Some(list) = scores.get_mut(&t) {
                    list.iter_mut().for_each(|(_, s)| *s *= GENERIC);
                }
            }
        }
    }
    let max = scores.values().flatten().map(|(_, s)| *s).fold(f32::MIN_POSITIVE, f32::max);

    // Synonyms: each phrase a term of its own that expands to what it means.
    // A meaning of k words gives each 1/√k, so "人脸信息" does not make every
    // item that says 信息 an answer.
    let mut expands: BTreeMap<String, BTreeMap<String, u8>> = BTreeMap::new();
    for syn in &content.synonyms {
        let mut means: BTreeMap<String, u8> = BTreeMap::new();
        for m in &syn.means {
            let terms: BTreeSet<String> = analyzer.terms(m).into_iter().collect();
            let share = (100.0 / (terms.len() as f32).sqrt()).round() as u8;
            for t in terms {
                let e = means.entry(t).or_default();
                *e = (*e).max(share);
            }
        }
        for key in &syn.terms {
            if let Some(key) = phrase_term(&mut analyzer, key) {
                let e = expands.entry(key).or_default();
                for (t, share) in &means {
                    let s = e.entry(t.clone()).or_default();
                    *s = (*s).max(*share);
                }
            }
        }
    }

    let mut vocabulary: BTreeSet<String> = scores.keys().cloned().collect();
    vocabulary.extend(expands.keys().cloned());
    vocabulary.extend(expands.values().flat_map(|m| m.keys().cloned()));
    vocabulary.extend(analyzer.words.values().cloned());
    let vocabulary: Vec<String> = vocabulary.into_iter().collect();
    let id = |t: &str| vocabulary.binary_search_by(|v| v.as_str().cmp(t)).expect("in vocabulary") as u32;

    let mut terms: Vec<Term> = vocabulary
        .iter()
        .map(|text| Term {
            text: text.clone(),
            postings: scores.get(text).map_or_else(Vec::new, |list| {
                list.iter().map(|(i, s)| (*i, ((s / max) * 255.0).round().clamp(1.0, 255.0) as u8)).collect()
            }),
            expands: expands.get(text).map_or_else(Vec::new, |m| {
                m.iter().filter(|(t, _)| *t != text).map(|(t, share)| (id(t), *share)).collect()
            }),
        })
        .collect();

    // A long Chinese word also means its parts, at a lower weight: 人脸识别
    // typed as "rlsb" finds what says 人脸 or 识别.
    for (i, term) in vocabulary.iter().enumerate() {
        if term.chars().count() >= 4 && terms[i].expands.is_empty() && term.chars().all(is_han) {
            let parts: Vec<(u32, u8)> = analyzer
                .jieba
                .cut_for_search(term, false)
                .iter()
                .filter(|w| w.word != term && w.word.chars().count() >= 2)
                .filter_map(|w| vocabulary.binary_search_by(|v| v.as_str().cmp(w.word)).ok())
                .map(|j| (j as u32, 60))
                .collect();
            terms[i].expands = parts;
        }
    }
    let words =
        analyzer.words.iter().filter(|(w, stem)| w != stem).map(|(w, stem)| (w.clone(), id(stem))).collect();
    let han: Vec<&String> = vocabulary.iter().filter(|t| t.chars().all(is_han)).collect();
    let max_han_len = han.iter().map(|w| w.chars().count()).max().unwrap_or(1).min(255) as u8;
    // Filler words get pinyin keys too, with no terms: typed in pinyin they
    // are read and dropped ("denglu bu liao" is just "can't log in").
    let used: BTreeSet<char> =
        han.iter().flat_map(|w| w.chars()).chain(zh_stop_words().iter().flat_map(|w| w.chars())).collect();
    let mut syllables: Vec<(char, Vec<String>)> =
        used.iter().map(|c| (*c, syllables(*c))).filter(|(_, s)| !s.is_empty()).collect();
    syllables.extend(common_sounds(&analyzer.jieba, &used));
    syllables.sort();
    let t2s = traditional_map(used);

    let mut index = SearchIndex {
        items: items.iter().map(|(r, _)| *r).collect(),
        terms,
        words,
        syllables,
        t2s,
        max_han_len,
        ..SearchIndex::default()
    };
    let keys = pinyin_keys::keys(&index.chinese_words(), &|c| index.syllables_of(c));
    index.max_pinyin_len = keys.pinyin.keys().map(String::len).max().unwrap_or(0).min(255) as u8;
    index
}

/// A synonym phrase as one term: folded Chinese as it is, English as its
/// stems joined by spaces (so "text messages" finds "text message").
fn phrase_term(analyzer: &mut Analyzer, phrase: &str) -> Option<String> {
    let tokens = tokenize(phrase);
    if tokens.iter().all(|t| t.script == Script::Han) {
        let han: String = tokens.iter().map(|t| t.text.as_str()).collect();
        return (!han.is_empty()).then_some(han);
    }
    // Stems of every word, fillers included: "can't remember" is a phrase.
    let stems: Vec<String> = tokens
        .iter()
        .filter(|t| t.script == Script::Latin)
        .map(|t| {
            let stem = analyzer.stemmer.stem(&t.text).into_owned();
            analyzer.words.insert(t.text.clone(), stem.clone());
            stem
        })
        .collect();
    (!stems.is_empty()).then(|| stems.join(" "))
}
