// Punjabi (Gurmukhi script) text for the wic389 page. Every code the rules module can return has a key here.
// The shapes of the keys are those of messages.en.js (see its header comment).
//
// Who drafted it: a machine-drafted translation made by the project from messages.en.js.
// No qualified translator has reviewed it (meta.status "unreviewed"), so the page says
// so, in Punjabi and in English, and offers one tap back to English.
//
// Register: formal ਤੁਸੀਂ throughout (ਤੁਹਾਡਾ, ਤੁਹਾਨੂੰ; polite imperatives in -ੋ: ਚੁਣੋ, ਪੁੱਛੋ,
// ਲਿਖੋ), never ਤੂੰ. This is how the Judicial Council's Punjabi self-help pages address
// the reader, and the readers are adults or young adults dealing with a court filing.
// Everyday words that Punjabi speakers in California use are preferred (ਕੇਸ, ਰਿਕਾਰਡ,
// ਅਦਾਲਤ, ਵਕੀਲ, ਫ਼ਾਰਮ) over Sanskritised or Persianised legal vocabulary.
//
// Gender-neutral approach: Punjabi verbs agree in gender. For the reader the text uses
// constructions whose verb does not agree with the reader wherever they are natural:
// the dative (ਤੁਹਾਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ, "you are not sure"), the passive with ਨੂੰ (ਤੁਹਾਨੂੰ
// ਹਿਰਾਸਤ ਵਿੱਚ ਲਿਆ ਗਿਆ, ਤੁਹਾਨੂੰ ਦੋਸ਼ੀ ਠਹਿਰਾਇਆ ਗਿਆ), a noun as subject (ਤੁਹਾਡੀ ਉਮਰ 18
// ਸਾਲ ਹੈ, ਤੁਹਾਡਾ ਜਨਮ), and the same for the first-person answers (ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ,
// ਮੈਨੂੰ ਗ੍ਰਿਫ਼ਤਾਰ ਕੀਤਾ ਗਿਆ ਸੀ). Where a verb must agree with ਤੁਸੀਂ, it takes the honorific
// plural (ਕਰ ਸਕਦੇ ਹੋ), the form the courts' Punjabi pages use for a reader of any gender.
// No slash forms (ਗਏ/ਗਈਆਂ): hard to read and read badly aloud. Third parties (ਜੱਜ, ਵਕੀਲ)
// take the honorific plural, as in the courts' Punjabi pages.
//
// Terms: the Superior Court of California, County of Sacramento, English–Punjabi Legal
// Glossary is the term source named by the project. The copies of it found for this draft
// could not be read on their Punjabi side, so each key term rests on the California
// courts' own Punjabi pages where one was found; docs/terms/pa.json names the source of
// each and what a qualified translator must check against the glossary. Key legal terms
// carry the English word in parentheses after the Punjabi, because court papers and forms
// are in English: ਸੰਗੀਨ ਜੁਰਮ (felony), ਛੋਟਾ ਜੁਰਮ (misdemeanor), ਨੈਤਿਕ ਗਿਰਾਵਟ (moral
// turpitude), ਪ੍ਰੋਬੇਸ਼ਨ (probation), ਫ਼ੋਸਟਰ ਕੇਅਰ (foster care), ਕਾਨੂੰਨੀ ਸਹਾਇਤਾ (legal aid),
// ਡਾਇਵਰਸ਼ਨ (diversion), ਖ਼ਾਰਜ (dismissal). Codes are named in Punjabi with their section
// numbers kept (ਪੀਨਲ ਕੋਡ ਦੀ ਧਾਰਾ 1203.4); form numbers (JV-595, FW-001) and the statute
// itself (shown in English) are never translated.
//
// Sentences end with the danda (।). Numbers are written in Latin digits (see meta).

export const messages = {
  lang: "pa",
  meta: {
    name: "ਪੰਜਾਬੀ",
    dir: "ltr",
    locale: "pa-IN",
    // Latin digits, not Gurmukhi (guru): the California courts' Punjabi pages and the
    // Punjabi notices people get write numbers, ages, rule and form numbers in Latin
    // digits ("18 ਸਾਲ", "ਨਿਯਮ 2.890"); the dates typed into the boxes, the citations and
    // the form numbers are Latin digits too, so the dates shown match them; it is also
    // CLDR's default for pa. Gurmukhi digits typed into the date boxes are still accepted.
    numberingSystem: "latn",
    status: "unreviewed",
    reviewer: null,
    reviewedOn: null,
    glossary: "docs/terms/pa.json",
  },
  ui: {
    languageMenu: "ਭਾਸ਼ਾ",
    draftNotice: "ਕਿਸੇ ਯੋਗ ਅਨੁਵਾਦਕ ਨੇ ਅਜੇ ਇਸ ਅਨੁਵਾਦ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ। ਭਰੋਸਾ ਅੰਗਰੇਜ਼ੀ ਵਾਲੇ ਪਾਠ ਉੱਤੇ ਹੀ ਕਰੋ। ਜੇ ਕੋਈ ਗੱਲ ਸਾਫ਼ ਨਹੀਂ ਹੈ, ਤਾਂ ਅੰਗਰੇਜ਼ੀ ਵਾਲਾ ਪਾਠ ਵਰਤੋ, ਜਾਂ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਮੁਫ਼ਤ ਮਦਦ ਲਈ ਆਪਣੀ ਅਦਾਲਤ ਦੇ ਸਵੈ-ਸਹਾਇਤਾ ਕੇਂਦਰ (self-help center) ਨੂੰ ਪੁੱਛੋ। ਅਦਾਲਤ ਦੇ ਦੁਭਾਸ਼ੀਏ (court interpreters) ਮੁਫ਼ਤ ਹੁੰਦੇ ਹਨ।",
    draftNoticeEnglish: "A qualified translator has not checked this translation yet. The English version is the one to rely on.",
    quickExit: "ਤੁਰੰਤ ਬਾਹਰ ਜਾਓ",
    quickExitHint: "ਇਸ ਪੰਨੇ ਤੋਂ ਜਲਦੀ ਬਾਹਰ ਨਿਕਲੋ। ਤੁਸੀਂ Escape ਬਟਨ ਦੋ ਵਾਰ ਦਬਾ ਕੇ ਵੀ ਨਿਕਲ ਸਕਦੇ ਹੋ।",
    back: "ਪਿੱਛੇ",
    continue: "ਜਾਰੀ ਰੱਖੋ",
    start: "ਹੁਣੇ ਸ਼ੁਰੂ ਕਰੋ",
    startAgain: "ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ",
    seeResult: "ਆਪਣਾ ਨਤੀਜਾ ਦੇਖੋ",
    change: "ਬਦਲੋ",
    loading: "ਜਾਂਚ ਟੂਲ ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ।",
    notAnswered: "ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ",
    startTitle: "ਪਤਾ ਕਰੋ ਕਿ ਤੁਸੀਂ ਅਦਾਲਤ ਨੂੰ ਆਪਣੇ ਫ਼ੋਸਟਰ ਕੇਅਰ ਦੇ ਰਿਕਾਰਡ ਸੀਲ ਕਰਨ ਦੀ ਬੇਨਤੀ ਕਦੋਂ ਕਰ ਸਕਦੇ ਹੋ",
    startLead: "ਇਹ ਟੂਲ ਤੁਹਾਨੂੰ ਦੱਸਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਕੈਲੀਫੋਰਨੀਆ ਦੀ ਕਿਸੇ ਅਦਾਲਤ ਨੂੰ ਫ਼ੋਸਟਰ ਕੇਅਰ (foster care) ਵਾਲੇ ਕੇਸ ਦੇ ਰਿਕਾਰਡ ਸੀਲ ਕਰਨ ਦੀ ਬੇਨਤੀ ਕਦੋਂ ਕਰ ਸਕਦੇ ਹੋ। ਇਹ ਟੂਲ ਇਹ ਵੀ ਦੱਸਦਾ ਹੈ ਕਿ ਰਿਕਾਰਡ ਸੀਲ ਹੋਣ ਦਾ ਕੀ ਮਤਲਬ ਹੈ।",
    startWhoTitle: "ਇਹ ਕਿਸ ਲਈ ਹੈ",
    startWho1: "ਉਹ ਲੋਕ ਜਿਨ੍ਹਾਂ ਦਾ ਕੈਲੀਫੋਰਨੀਆ ਵਿੱਚ ਫ਼ੋਸਟਰ ਕੇਅਰ ਦਾ ਕੇਸ ਸੀ, ਜਾਂ ਜਿਨ੍ਹਾਂ ਦਾ ਘਰ ਵਿੱਚ ਆਪਣੀ ਸੁਰੱਖਿਆ ਬਾਰੇ ਅਦਾਲਤ ਵਿੱਚ ਕੇਸ ਸੀ।",
    startWho2: "ਉਹ ਲੋਕ ਜਿਨ੍ਹਾਂ ਨੂੰ ਬੱਚੇ ਹੁੰਦਿਆਂ ਸੁਰੱਖਿਆ ਹਿਰਾਸਤ (protective custody) ਵਿੱਚ ਲਿਆ ਗਿਆ ਸੀ, ਅਤੇ ਅਦਾਲਤ ਵਿੱਚ ਕੋਈ ਕੇਸ ਦਾਇਰ ਨਹੀਂ ਹੋਇਆ।",
    startNeedTitle: "ਤੁਹਾਨੂੰ ਕੀ ਚਾਹੀਦਾ ਹੈ",
    startNeed: "ਤੁਹਾਡੇ ਅਦਾਲਤੀ ਕਾਗਜ਼ਾਂ ਵਿੱਚ ਲਿਖੀਆਂ ਤਾਰੀਖ਼ਾਂ। ਜੇ ਉਹ ਕਾਗਜ਼ ਤੁਹਾਡੇ ਕੋਲ ਨਹੀਂ ਹਨ, ਤਾਂ ਜਿੰਨਾ ਹੋ ਸਕੇ ਸਹੀ ਅੰਦਾਜ਼ਾ ਲਾਓ।",
    startPrivacyTitle: "ਤੁਹਾਡੀ ਨਿੱਜਤਾ",
    startPrivacy: "ਤੁਸੀਂ ਜੋ ਵੀ ਲਿਖਦੇ ਹੋ, ਉਹ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਬਾਹਰ ਨਹੀਂ ਜਾਂਦਾ, ਅਤੇ ਕੁਝ ਵੀ ਸਾਂਭ ਕੇ ਨਹੀਂ ਰੱਖਿਆ ਜਾਂਦਾ। ਜਦੋਂ ਤੁਸੀਂ ਇਹ ਪੰਨਾ ਬੰਦ ਕਰਦੇ ਹੋ, ਤੁਹਾਡੇ ਜਵਾਬ ਮਿਟ ਜਾਂਦੇ ਹਨ।",
    startAdvice: "ਇਹ ਕਾਨੂੰਨੀ ਸਲਾਹ ਨਹੀਂ ਹੈ। ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਸਿਰਫ਼ ਜੱਜ ਹੀ ਸੀਲ ਕਰ ਸਕਦੇ ਹਨ।",
    lawVersion: "ਵਰਤਿਆ ਗਿਆ ਕਾਨੂੰਨ: {citation}, {asOf} ਤੱਕ ਦਾ ਪਾਠ, ਆਖ਼ਰੀ ਜਾਂਚ {checked} ਨੂੰ। ਨਿਯਮਾਂ ਦਾ ਸੰਸਕਰਣ {version}।",
    dateHint: "ਪਹਿਲਾਂ ਮਹੀਨਾ, ਫਿਰ ਦਿਨ, ਫਿਰ ਸਾਲ ਲਿਖੋ। ਉਦਾਹਰਣ ਲਈ: 3 27 2004।",
    month: "ਮਹੀਨਾ",
    day: "ਦਿਨ",
    year: "ਸਾਲ",
    errorSummaryTitle: "ਕੋਈ ਸਮੱਸਿਆ ਹੈ",
    errorPrefix: "ਗ਼ਲਤੀ:",
    checkTitle: "ਆਪਣੇ ਜਵਾਬ ਜਾਂਚੋ",
    checkLead: "ਪੱਕਾ ਕਰੋ ਕਿ ਤੁਹਾਡੇ ਜਵਾਬ ਸਹੀ ਹਨ। ਤੁਸੀਂ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕੋਈ ਵੀ ਜਵਾਬ ਬਦਲ ਸਕਦੇ ਹੋ।",
    planRow: "ਮੇਰੀ ਬੇਨਤੀ ਦਾਇਰ ਕਰਨ ਦੀ ਤਾਰੀਖ਼",
    planToday: "{date} (ਅੱਜ)",
    dontKnow: "ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ",
    or: "ਜਾਂ",
    resultTitle: "ਤੁਹਾਡਾ ਨਤੀਜਾ",
    earliestLabel: "ਸਮੇਂ ਦੇ ਨਿਯਮਾਂ ਅਨੁਸਾਰ ਸਭ ਤੋਂ ਪਹਿਲੀ ਤਾਰੀਖ਼:",
    earliestPassed: "ਸਮੇਂ ਦੇ ਨਿਯਮ {date} ਤੋਂ ਪੂਰੇ ਹੋ ਚੁੱਕੇ ਹਨ।",
    dateNow: "ਤੁਸੀਂ ਹੁਣ ਬੇਨਤੀ ਕਰ ਸਕਦੇ ਹੋ। ਸਮੇਂ ਦੇ ਨਿਯਮ {date} ਤੋਂ ਪੂਰੇ ਹੋ ਚੁੱਕੇ ਹਨ।",
    earliestFuture: "ਤੁਸੀਂ {date} ਤੋਂ ਬੇਨਤੀ ਕਰ ਸਕਦੇ ਹੋ।",
    possibleLabel: "ਕਾਨੂੰਨ ਦੀ ਇੱਕ ਹੋਰ ਵਿਆਖਿਆ ਅਨੁਸਾਰ, ਇਹ ਪਹਿਲਾਂ ਵਾਲੀ ਤਾਰੀਖ਼ ਵੀ ਗਿਣੀ ਜਾ ਸਕਦੀ ਹੈ:",
    possibleWhy: "ਕਾਨੂੰਨ ਇਹ ਨਹੀਂ ਦੱਸਦਾ ਕਿ ਜਿਸ ਸਾਲ 29 ਫ਼ਰਵਰੀ ਨਹੀਂ ਹੁੰਦੀ, ਉਸ ਸਾਲ 29 ਫ਼ਰਵਰੀ ਤੋਂ ਕਿਵੇਂ ਗਿਣਿਆ ਜਾਵੇ। ਇਸ ਲਈ ਅਸੀਂ 1 ਮਾਰਚ ਨੂੰ ਸੁਰੱਖਿਅਤ ਤਾਰੀਖ਼ ਵਜੋਂ ਦਿਖਾਉਂਦੇ ਹਾਂ। 28 ਫ਼ਰਵਰੀ ਵੀ ਗਿਣੀ ਜਾ ਸਕਦੀ ਹੈ।",
    pathsTitle: "ਯੋਗ ਹੋਣ ਦੇ ਦੋ ਤਰੀਕੇ",
    pathAge18: "18 ਸਾਲ ਦੀ ਉਮਰ ਵਿੱਚ: {date}",
    pathFiveYears: {
      caseEnd: "ਤੁਹਾਡਾ ਕੇਸ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਪੰਜ ਸਾਲ ਬਾਅਦ: {date}",
      contact: "ਤੁਹਾਨੂੰ ਹਿਰਾਸਤ ਵਿੱਚ ਲਏ ਜਾਣ ਤੋਂ ਪੰਜ ਸਾਲ ਬਾਅਦ: {date}",
    },
    pathUnavailable: "ਪੰਜ ਸਾਲਾਂ ਵਾਲਾ ਤਰੀਕਾ: ਅਸੀਂ ਇਹ ਤਾਰੀਖ਼ ਨਹੀਂ ਕੱਢ ਸਕਦੇ। ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਕੇਸ ਅਜੇ ਵੀ ਖੁੱਲ੍ਹਾ ਹੋਵੇ, ਜਾਂ ਸਾਨੂੰ ਨਹੀਂ ਪਤਾ ਕਿ ਇਹ ਕਦੋਂ ਖ਼ਤਮ ਹੋਇਆ।",
    pathMet: "(ਪੂਰਾ ਹੋ ਗਿਆ)",
    pathNotMet: "(ਅਜੇ ਨਹੀਂ)",
    pathUnclear: "(ਸਾਫ਼ ਨਹੀਂ)",
    timelineTitle: "ਸਮਾਂ-ਰੇਖਾ",
    timelineText: "ਤਾਰੀਖ਼ਾਂ, ਤਰਤੀਬ ਵਿੱਚ:",
    tlBirth: "ਤੁਹਾਡਾ ਜਨਮ",
    tlAge18: "ਤੁਹਾਡਾ 18ਵਾਂ ਜਨਮਦਿਨ",
    tlEnd: "ਤੁਹਾਡਾ ਕੇਸ ਖ਼ਤਮ ਹੋਇਆ",
    tlContact: "ਤੁਹਾਨੂੰ ਹਿਰਾਸਤ ਵਿੱਚ ਲਿਆ ਗਿਆ",
    tlFive: "ਉਸ ਤੋਂ ਪੰਜ ਸਾਲ ਬਾਅਦ",
    tlCheck: "ਜਿਸ ਦਿਨ ਤੁਸੀਂ ਬੇਨਤੀ ਦਾਇਰ ਕਰਨੀ ਚਾਹੁੰਦੇ ਹੋ",
    tlEarliest: "ਸਭ ਤੋਂ ਪਹਿਲੀ ਤਾਰੀਖ਼ ਜਦੋਂ ਤੁਸੀਂ ਬੇਨਤੀ ਕਰ ਸਕਦੇ ਹੋ",
    whyTitle: "ਕਿਉਂ",
    whyDetails: "ਹਰ ਕਾਰਨ, ਕਾਨੂੰਨ ਦੇ ਸ਼ਬਦਾਂ ਸਮੇਤ (ਕਾਨੂੰਨ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਹੈ)",
    answersTitle: "ਤੁਹਾਡੇ ਜਵਾਬ",
    newTab: "(ਨਵੀਂ ਟੈਬ ਵਿੱਚ ਖੁੱਲ੍ਹਦਾ ਹੈ)",
    nextTitle: "ਅੱਗੇ ਕੀ ਕਰਨਾ ਹੈ",
    meansTitle: "ਰਿਕਾਰਡ ਸੀਲ ਹੋਣ ਦਾ ਕੀ ਮਤਲਬ ਹੈ",
    lawText: "ਕਾਨੂੰਨ ਦਾ ਪਾਠ, ਜੋ ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਹੈ",
    showLaw: "ਕਾਨੂੰਨ ਦੇ ਸ਼ਬਦ ਦਿਖਾਓ ({clause}), ਇਸ ਗੱਲ ਬਾਰੇ: {point}",
    hideLaw: "ਕਾਨੂੰਨ ਦੇ ਸ਼ਬਦ ਲੁਕਾਓ ({clause}), ਇਸ ਗੱਲ ਬਾਰੇ: {point}",
    lawQuoteNote: "ਜਿਨ੍ਹਾਂ ਸ਼ਬਦਾਂ ਉੱਤੇ ਇਹ ਗੱਲ ਟਿਕੀ ਹੈ, ਉਨ੍ਹਾਂ ਉੱਤੇ ਨਿਸ਼ਾਨ ਲੱਗਾ ਹੈ।",
    takeAwayTitle: "ਇਹ ਨਤੀਜਾ ਸਾਂਭ ਕੇ ਰੱਖੋ",
    print: "ਪ੍ਰਿੰਟ ਕਰੋ",
    calendar: "ਤਾਰੀਖ਼ ਆਪਣੇ ਕੈਲੰਡਰ ਵਿੱਚ ਜੋੜੋ (.ics)",
    copy: "ਸਾਰ ਕਾਪੀ ਕਰੋ",
    copied: "ਸਾਰ ਕਾਪੀ ਹੋ ਗਿਆ ਹੈ।",
    copyFailed: "ਅਸੀਂ ਕਾਪੀ ਨਹੀਂ ਕਰ ਸਕੇ। ਪੰਨੇ ਦਾ ਪਾਠ ਚੁਣੋ ਅਤੇ ਆਪ ਕਾਪੀ ਕਰੋ।",
    icsSummary: "ਅਦਾਲਤੀ ਕਾਗਜ਼ਾਂ ਦੀ ਤਾਰੀਖ਼",
    icsDescription: "ਇਸ ਦਿਨ ਤੋਂ ਤੁਸੀਂ ਅਦਾਲਤ ਨੂੰ ਕੈਲੀਫੋਰਨੀਆ ਦੇ ਭਲਾਈ ਅਤੇ ਸੰਸਥਾਵਾਂ ਕੋਡ (Welfare and Institutions Code) ਦੀ ਧਾਰਾ 389 ਅਧੀਨ ਆਪਣੇ ਰਿਕਾਰਡ ਸੀਲ ਕਰਨ ਦੀ ਬੇਨਤੀ ਕਰ ਸਕਦੇ ਹੋ। ਫ਼ੈਸਲਾ ਫਿਰ ਵੀ ਜੱਜ ਹੀ ਕਰਨਗੇ। ਇਹ ਕਾਨੂੰਨੀ ਸਲਾਹ ਨਹੀਂ ਹੈ।",
    summaryHeading: "ਰਿਕਾਰਡ ਸੀਲ ਕਰਨ ਬਾਰੇ ਜਾਂਚ ਦਾ ਸਾਰ",
    statusResult: "ਤੁਹਾਡਾ ਨਤੀਜਾ ਤਿਆਰ ਹੈ: {outcome}",
    loadFailedTitle: "ਜਾਂਚ ਟੂਲ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕਿਆ",
    loadFailed: "ਇਸ ਪੰਨੇ ਦਾ ਕੁਝ ਹਿੱਸਾ ਲੋਡ ਨਹੀਂ ਹੋਇਆ, ਇਸ ਲਈ ਜਾਂਚ ਟੂਲ ਨਹੀਂ ਚੱਲ ਸਕਦਾ। ਹੇਠਾਂ ਦਿੱਤੇ ਨਿਯਮ ਫਿਰ ਵੀ ਲਾਗੂ ਹੁੰਦੇ ਹਨ। ਤੁਸੀਂ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰ ਸਕਦੇ ਹੋ।",
    crashed: "ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ। ਤੁਹਾਡਾ ਲਿਖਿਆ ਕੁਝ ਵੀ ਕਿਤੇ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ।",
    staticTitle: "ਨਿਯਮ, ਸੰਖੇਪ ਵਿੱਚ",
    static1: "ਜਿਉਂ ਹੀ ਤੁਹਾਡੀ ਉਮਰ 18 ਸਾਲ ਹੋ ਜਾਂਦੀ ਹੈ, ਤੁਸੀਂ ਅਦਾਲਤ ਨੂੰ ਫ਼ੋਸਟਰ ਕੇਅਰ ਵਾਲੇ ਕੇਸ ਦੇ ਰਿਕਾਰਡ ਸੀਲ ਕਰਨ ਦੀ ਬੇਨਤੀ ਕਰ ਸਕਦੇ ਹੋ।",
    static2: "ਇਸ ਤੋਂ ਇਲਾਵਾ, ਜੇ ਕੇਸ ਖ਼ਤਮ ਹੋਏ ਨੂੰ ਪੰਜ ਸਾਲ ਬੀਤ ਚੁੱਕੇ ਹਨ, ਤਾਂ ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਉਮਰ ਵਿੱਚ ਬੇਨਤੀ ਕਰ ਸਕਦੇ ਹੋ। ਜੇ ਤੁਹਾਨੂੰ ਸੁਰੱਖਿਆ ਹਿਰਾਸਤ ਵਿੱਚ ਲਿਆ ਗਿਆ ਸੀ ਅਤੇ ਕੋਈ ਕੇਸ ਦਾਇਰ ਨਹੀਂ ਹੋਇਆ, ਤਾਂ ਪੰਜ ਸਾਲ ਉਸ ਦਿਨ ਤੋਂ ਗਿਣੋ।",
    static3: "ਜੱਜ ਲਈ ਇਹ ਤੈਅ ਕਰਨਾ ਜ਼ਰੂਰੀ ਹੈ ਕਿ ਕੇਸ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਬਾਅਦ (ਜਾਂ ਜਿਸ ਦਿਨ ਤੁਹਾਨੂੰ ਹਿਰਾਸਤ ਵਿੱਚ ਲਿਆ ਗਿਆ, ਉਸ ਦਿਨ ਤੋਂ ਬਾਅਦ) ਤੁਹਾਨੂੰ ਕਿਸੇ ਸੰਗੀਨ ਜੁਰਮ (felony) ਲਈ, ਜਾਂ “ਨੈਤਿਕ ਗਿਰਾਵਟ” (moral turpitude) ਵਾਲੇ ਕਿਸੇ ਛੋਟੇ ਜੁਰਮ (misdemeanor) ਲਈ ਦੋਸ਼ੀ ਨਹੀਂ ਠਹਿਰਾਇਆ ਗਿਆ। ਜੱਜ ਦੀ ਇਹ ਤਸੱਲੀ ਵੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ ਕਿ ਹੁਣ ਤੁਹਾਡੀ ਜ਼ਿੰਦਗੀ ਠੀਕ ਚੱਲ ਰਹੀ ਹੈ। ਕਾਨੂੰਨ ਇਸ ਨੂੰ “ਸੁਧਾਰ” (rehabilitation) ਕਹਿੰਦਾ ਹੈ।",
    static4: "ਇਹ ਕਾਨੂੰਨੀ ਸਲਾਹ ਨਹੀਂ ਹੈ।",
    exitHref: "https://www.google.com/search?q=weather",
    pageTitle: "{step} – ਫ਼ੋਸਟਰ ਕੇਅਰ ਦੇ ਰਿਕਾਰਡ ਸੀਲ ਕਰਨ ਬਾਰੇ ਜਾਂਚ",
  },
  steps: {
    caseKind: { title: "ਤੁਹਾਡਾ ਕੇਸ ਕਿਸ ਕਿਸਮ ਦਾ ਸੀ?", hint: "ਜੋ ਸਭ ਤੋਂ ਵੱਧ ਮੇਲ ਖਾਂਦਾ ਹੋਵੇ, ਉਹ ਚੁਣੋ।" },
    birthDate: { title: "ਤੁਹਾਡੀ ਜਨਮ ਤਾਰੀਖ਼ ਕੀ ਹੈ?" },
    jurisdictionEnded: {
      title: "ਕੀ ਤੁਹਾਡਾ ਅਦਾਲਤੀ ਕੇਸ ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ?",
      hint: "ਕੇਸ ਉਦੋਂ ਖ਼ਤਮ ਹੁੰਦਾ ਹੈ ਜਦੋਂ ਜੱਜ ਉਸ ਨੂੰ ਬੰਦ ਕਰਦੇ ਹਨ। ਜੇ ਤੁਹਾਡੇ ਇੱਕ ਤੋਂ ਵੱਧ ਕੇਸ ਸਨ, ਤਾਂ ਆਖ਼ਰੀ ਕੇਸ ਬਾਰੇ ਸੋਚੋ।",
    },
    jurisdictionEndDate: {
      title: "ਤੁਹਾਡਾ ਅਦਾਲਤੀ ਕੇਸ ਕਦੋਂ ਖ਼ਤਮ ਹੋਇਆ?",
      hint: "ਆਪਣੇ ਅਦਾਲਤੀ ਕਾਗਜ਼ਾਂ ਉੱਤੇ ਲਿਖੀ ਤਾਰੀਖ਼ ਵਰਤੋ। ਜੇ ਕੇਸ ਇੱਕ ਤੋਂ ਵੱਧ ਵਾਰ ਖ਼ਤਮ ਹੋਇਆ, ਤਾਂ ਆਖ਼ਰੀ ਤਾਰੀਖ਼ ਵਰਤੋ। ਤੁਹਾਡਾ ਸਭ ਤੋਂ ਵਧੀਆ ਅੰਦਾਜ਼ਾ ਵੀ ਠੀਕ ਹੈ।",
      because: {
        presumedEndedAt21: {
          title: "ਤੁਹਾਡਾ ਫ਼ੋਸਟਰ ਕੇਅਰ ਦਾ ਕੇਸ ਕਦੋਂ ਖ਼ਤਮ ਹੋਇਆ?",
          hint: "ਇਹ ਤੁਹਾਡੇ 21ਵੇਂ ਜਨਮਦਿਨ ਨੂੰ ਜਾਂ ਉਸ ਤੋਂ ਪਹਿਲਾਂ ਖ਼ਤਮ ਹੋ ਗਿਆ ਸੀ। ਆਪਣੇ ਅਦਾਲਤੀ ਕਾਗਜ਼ਾਂ ਉੱਤੇ ਲਿਖੀ ਤਾਰੀਖ਼ ਵਰਤੋ, ਜਾਂ ਆਪਣਾ ਸਭ ਤੋਂ ਵਧੀਆ ਅੰਦਾਜ਼ਾ। ਜੇ ਤੁਹਾਨੂੰ ਨਹੀਂ ਪਤਾ, ਤਾਂ “ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ” ਚੁਣੋ।",
        },
      },
    },
    contactDate: {
      title: "ਤੁਹਾਨੂੰ ਸੁਰੱਖਿਆ ਹਿਰਾਸਤ (protective custody) ਵਿੱਚ ਕਦੋਂ ਲਿਆ ਗਿਆ ਸੀ?",
      hint: "ਉਹ ਦਿਨ ਜਦੋਂ ਤੁਹਾਨੂੰ ਕਿਸੇ ਪ੍ਰੋਬੇਸ਼ਨ ਅਫ਼ਸਰ (probation officer) ਜਾਂ ਪੁਲਿਸ ਅਫ਼ਸਰ ਕੋਲ ਲਿਜਾਇਆ ਗਿਆ, ਜਾਂ ਲਿਖਤੀ ਰੂਪ ਵਿੱਚ ਕਿਸੇ ਪ੍ਰੋਬੇਸ਼ਨ ਅਫ਼ਸਰ ਨੂੰ ਮਿਲਣ ਲਈ ਕਿਹਾ ਗਿਆ। ਤੁਹਾਡਾ ਸਭ ਤੋਂ ਵਧੀਆ ਅੰਦਾਜ਼ਾ ਵੀ ਠੀਕ ਹੈ।",
    },
    felony: {
      title: {
        caseEnd: "ਤੁਹਾਡਾ ਕੇਸ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਬਾਅਦ, ਕੀ ਤੁਹਾਨੂੰ ਕਿਸੇ ਸੰਗੀਨ ਜੁਰਮ (felony) ਲਈ ਦੋਸ਼ੀ ਠਹਿਰਾਇਆ ਗਿਆ ਹੈ?",
        contact: "ਤੁਹਾਨੂੰ ਹਿਰਾਸਤ ਵਿੱਚ ਲਏ ਜਾਣ ਤੋਂ ਬਾਅਦ, ਕੀ ਤੁਹਾਨੂੰ ਕਿਸੇ ਸੰਗੀਨ ਜੁਰਮ (felony) ਲਈ ਦੋਸ਼ੀ ਠਹਿਰਾਇਆ ਗਿਆ ਹੈ?",
        caseEndBy21: "ਤੁਹਾਡਾ ਕੇਸ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਬਾਅਦ (ਵੱਧ ਤੋਂ ਵੱਧ 21 ਸਾਲ ਦੀ ਉਮਰ ਤੱਕ ਇਹ ਖ਼ਤਮ ਹੋ ਗਿਆ ਸੀ), ਕੀ ਤੁਹਾਨੂੰ ਕਿਸੇ ਸੰਗੀਨ ਜੁਰਮ (felony) ਲਈ ਦੋਸ਼ੀ ਠਹਿਰਾਇਆ ਗਿਆ ਹੈ?",
        caseEndNotSure: "ਜੇ ਤੁਹਾਡਾ ਕੇਸ ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ, ਤਾਂ ਕੀ ਕੇਸ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਬਾਅਦ ਤੁਹਾਨੂੰ ਕਿਸੇ ਸੰਗੀਨ ਜੁਰਮ (felony) ਲਈ ਦੋਸ਼ੀ ਠਹਿਰਾਇਆ ਗਿਆ ਹੈ?",
      },
      hint: {
        caseEnd: "ਸੰਗੀਨ ਜੁਰਮ (felony) ਸਭ ਤੋਂ ਗੰਭੀਰ ਕਿਸਮ ਦਾ ਜੁਰਮ ਹੁੰਦਾ ਹੈ। ਕਿਸੇ ਵੀ ਰਾਜ ਦੀ ਅਦਾਲਤ ਜਾਂ ਸੰਘੀ (federal) ਅਦਾਲਤ ਦੀ ਦੋਸ਼-ਸਿੱਧੀ ਗਿਣੋ। ਨਾਬਾਲਗ ਅਦਾਲਤ (juvenile court) ਦਾ ਕੇਸ ਦੋਸ਼-ਸਿੱਧੀ (conviction) ਨਹੀਂ ਹੁੰਦਾ। ਜੇ ਕਿਸੇ ਸੰਗੀਨ ਜੁਰਮ ਨੂੰ ਬਾਅਦ ਵਿੱਚ ਘਟਾ ਕੇ ਛੋਟਾ ਜੁਰਮ (misdemeanor) ਬਣਾ ਦਿੱਤਾ ਗਿਆ, ਖ਼ਾਰਜ (dismissed) ਕਰ ਦਿੱਤਾ ਗਿਆ, ਜਾਂ ਰੱਦ (set aside) ਕਰ ਦਿੱਤਾ ਗਿਆ, ਤਾਂ “ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ” ਚੁਣੋ।",
        contact: "ਸੰਗੀਨ ਜੁਰਮ (felony) ਸਭ ਤੋਂ ਗੰਭੀਰ ਕਿਸਮ ਦਾ ਜੁਰਮ ਹੁੰਦਾ ਹੈ। ਕਿਸੇ ਵੀ ਰਾਜ ਦੀ ਅਦਾਲਤ ਜਾਂ ਸੰਘੀ (federal) ਅਦਾਲਤ ਦੀ ਦੋਸ਼-ਸਿੱਧੀ ਗਿਣੋ। ਨਾਬਾਲਗ ਅਦਾਲਤ (juvenile court) ਦਾ ਕੇਸ ਦੋਸ਼-ਸਿੱਧੀ (conviction) ਨਹੀਂ ਹੁੰਦਾ। ਜੇ ਕਿਸੇ ਸੰਗੀਨ ਜੁਰਮ ਨੂੰ ਬਾਅਦ ਵਿੱਚ ਘਟਾ ਕੇ ਛੋਟਾ ਜੁਰਮ (misdemeanor) ਬਣਾ ਦਿੱਤਾ ਗਿਆ, ਖ਼ਾਰਜ (dismissed) ਕਰ ਦਿੱਤਾ ਗਿਆ, ਜਾਂ ਰੱਦ (set aside) ਕਰ ਦਿੱਤਾ ਗਿਆ, ਤਾਂ “ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ” ਚੁਣੋ।",
        caseEndBy21: "ਸੰਗੀਨ ਜੁਰਮ (felony) ਸਭ ਤੋਂ ਗੰਭੀਰ ਕਿਸਮ ਦਾ ਜੁਰਮ ਹੁੰਦਾ ਹੈ। ਕਿਸੇ ਵੀ ਰਾਜ ਦੀ ਅਦਾਲਤ ਜਾਂ ਸੰਘੀ (federal) ਅਦਾਲਤ ਦੀ ਦੋਸ਼-ਸਿੱਧੀ ਗਿਣੋ। ਤੁਹਾਡਾ ਕੇਸ ਤੁਹਾਡੇ 21ਵੇਂ ਜਨਮਦਿਨ ਤੱਕ ਖ਼ਤਮ ਹੋ ਗਿਆ ਸੀ, ਇਸ ਲਈ ਉਸ ਤੋਂ ਪਹਿਲਾਂ ਦੀ ਸੰਗੀਨ ਜੁਰਮ ਦੀ ਦੋਸ਼-ਸਿੱਧੀ ਵੀ ਗਿਣੀ ਜਾਂਦੀ ਹੈ, ਜੇ ਉਹ ਤੁਹਾਡਾ ਕੇਸ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਬਾਅਦ ਹੋਈ ਸੀ। ਜੇ ਤੁਹਾਨੂੰ ਇਹ ਪਤਾ ਨਹੀਂ ਲੱਗ ਸਕਦਾ, ਤਾਂ “ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ” ਚੁਣੋ। ਜੇ ਕਿਸੇ ਸੰਗੀਨ ਜੁਰਮ ਨੂੰ ਬਾਅਦ ਵਿੱਚ ਘਟਾ ਦਿੱਤਾ ਗਿਆ, ਖ਼ਾਰਜ (dismissed) ਕਰ ਦਿੱਤਾ ਗਿਆ, ਜਾਂ ਰੱਦ (set aside) ਕਰ ਦਿੱਤਾ ਗਿਆ, ਤਾਂ ਵੀ “ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ” ਚੁਣੋ।",
        caseEndNotSure: "ਸੰਗੀਨ ਜੁਰਮ (felony) ਸਭ ਤੋਂ ਗੰਭੀਰ ਕਿਸਮ ਦਾ ਜੁਰਮ ਹੁੰਦਾ ਹੈ। ਕਿਸੇ ਵੀ ਰਾਜ ਦੀ ਅਦਾਲਤ ਜਾਂ ਸੰਘੀ (federal) ਅਦਾਲਤ ਦੀ ਦੋਸ਼-ਸਿੱਧੀ ਗਿਣੋ। ਜੇ ਤੁਹਾਨੂੰ ਨਹੀਂ ਪਤਾ ਕਿ ਇਹ ਦੋਸ਼-ਸਿੱਧੀ ਤੁਹਾਡਾ ਕੇਸ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਬਾਅਦ ਹੋਈ ਸੀ ਜਾਂ ਨਹੀਂ, ਤਾਂ “ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ” ਚੁਣੋ। ਜੇ ਕਿਸੇ ਸੰਗੀਨ ਜੁਰਮ ਨੂੰ ਬਾਅਦ ਵਿੱਚ ਘਟਾ ਦਿੱਤਾ ਗਿਆ, ਖ਼ਾਰਜ (dismissed) ਕਰ ਦਿੱਤਾ ਗਿਆ, ਜਾਂ ਰੱਦ (set aside) ਕਰ ਦਿੱਤਾ ਗਿਆ, ਤਾਂ ਵੀ “ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ” ਚੁਣੋ।",
      },
    },
    misdemeanor: {
      title: {
        caseEnd: "ਤੁਹਾਡਾ ਕੇਸ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਬਾਅਦ, ਕੀ ਤੁਹਾਨੂੰ ਕਿਸੇ ਛੋਟੇ ਜੁਰਮ (misdemeanor) ਲਈ ਦੋਸ਼ੀ ਠਹਿਰਾਇਆ ਗਿਆ ਹੈ?",
        contact: "ਤੁਹਾਨੂੰ ਹਿਰਾਸਤ ਵਿੱਚ ਲਏ ਜਾਣ ਤੋਂ ਬਾਅਦ, ਕੀ ਤੁਹਾਨੂੰ ਕਿਸੇ ਛੋਟੇ ਜੁਰਮ (misdemeanor) ਲਈ ਦੋਸ਼ੀ ਠਹਿਰਾਇਆ ਗਿਆ ਹੈ?",
        caseEndBy21: "ਤੁਹਾਡਾ ਕੇਸ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਬਾਅਦ (ਵੱਧ ਤੋਂ ਵੱਧ 21 ਸਾਲ ਦੀ ਉਮਰ ਤੱਕ ਇਹ ਖ਼ਤਮ ਹੋ ਗਿਆ ਸੀ), ਕੀ ਤੁਹਾਨੂੰ ਕਿਸੇ ਛੋਟੇ ਜੁਰਮ (misdemeanor) ਲਈ ਦੋਸ਼ੀ ਠਹਿਰਾਇਆ ਗਿਆ ਹੈ?",
        caseEndNotSure: "ਜੇ ਤੁਹਾਡਾ ਕੇਸ ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ, ਤਾਂ ਕੀ ਕੇਸ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਬਾਅਦ ਤੁਹਾਨੂੰ ਕਿਸੇ ਛੋਟੇ ਜੁਰਮ (misdemeanor) ਲਈ ਦੋਸ਼ੀ ਠਹਿਰਾਇਆ ਗਿਆ ਹੈ?",
      },
      hint: {
        caseEnd: "ਛੋਟਾ ਜੁਰਮ (misdemeanor) ਘੱਟ ਗੰਭੀਰ ਜੁਰਮ ਹੁੰਦਾ ਹੈ, ਜਿਵੇਂ ਛੋਟੀ ਚੋਰੀ (petty theft) ਜਾਂ ਪਹਿਲੀ ਵਾਰ ਨਸ਼ੇ ਵਿੱਚ ਗੱਡੀ ਚਲਾਉਣਾ (DUI)। ਜ਼ਿਆਦਾਤਰ ਟ੍ਰੈਫ਼ਿਕ ਟਿਕਟਾਂ, ਜਿਵੇਂ ਤੇਜ਼ ਰਫ਼ਤਾਰ ਦੀ ਟਿਕਟ, ਛੋਟੇ ਜੁਰਮ ਨਹੀਂ ਹੁੰਦੀਆਂ। ਪਰ ਜੇ ਤੁਹਾਨੂੰ ਉਸ ਲਈ ਅਦਾਲਤ ਜਾਣਾ ਪਿਆ, ਜਾਂ ਤੁਹਾਨੂੰ ਦੱਸਿਆ ਗਿਆ ਕਿ ਇਹ ਛੋਟਾ ਜੁਰਮ ਸੀ, ਤਾਂ “ਹਾਂ” ਚੁਣੋ।",
        contact: "ਛੋਟਾ ਜੁਰਮ (misdemeanor) ਘੱਟ ਗੰਭੀਰ ਜੁਰਮ ਹੁੰਦਾ ਹੈ, ਜਿਵੇਂ ਛੋਟੀ ਚੋਰੀ (petty theft) ਜਾਂ ਪਹਿਲੀ ਵਾਰ ਨਸ਼ੇ ਵਿੱਚ ਗੱਡੀ ਚਲਾਉਣਾ (DUI)। ਜ਼ਿਆਦਾਤਰ ਟ੍ਰੈਫ਼ਿਕ ਟਿਕਟਾਂ, ਜਿਵੇਂ ਤੇਜ਼ ਰਫ਼ਤਾਰ ਦੀ ਟਿਕਟ, ਛੋਟੇ ਜੁਰਮ ਨਹੀਂ ਹੁੰਦੀਆਂ। ਪਰ ਜੇ ਤੁਹਾਨੂੰ ਉਸ ਲਈ ਅਦਾਲਤ ਜਾਣਾ ਪਿਆ, ਜਾਂ ਤੁਹਾਨੂੰ ਦੱਸਿਆ ਗਿਆ ਕਿ ਇਹ ਛੋਟਾ ਜੁਰਮ ਸੀ, ਤਾਂ “ਹਾਂ” ਚੁਣੋ।",
        caseEndBy21: "ਛੋਟਾ ਜੁਰਮ (misdemeanor) ਘੱਟ ਗੰਭੀਰ ਜੁਰਮ ਹੁੰਦਾ ਹੈ, ਜਿਵੇਂ ਛੋਟੀ ਚੋਰੀ (petty theft) ਜਾਂ ਪਹਿਲੀ ਵਾਰ ਨਸ਼ੇ ਵਿੱਚ ਗੱਡੀ ਚਲਾਉਣਾ (DUI)। ਜ਼ਿਆਦਾਤਰ ਟ੍ਰੈਫ਼ਿਕ ਟਿਕਟਾਂ, ਜਿਵੇਂ ਤੇਜ਼ ਰਫ਼ਤਾਰ ਦੀ ਟਿਕਟ, ਛੋਟੇ ਜੁਰਮ ਨਹੀਂ ਹੁੰਦੀਆਂ। ਪਰ ਜੇ ਤੁਹਾਨੂੰ ਉਸ ਲਈ ਅਦਾਲਤ ਜਾਣਾ ਪਿਆ, ਜਾਂ ਤੁਹਾਨੂੰ ਦੱਸਿਆ ਗਿਆ ਕਿ ਇਹ ਛੋਟਾ ਜੁਰਮ ਸੀ, ਤਾਂ “ਹਾਂ” ਚੁਣੋ। 21 ਸਾਲ ਦੀ ਉਮਰ ਤੋਂ ਪਹਿਲਾਂ ਦੀ ਦੋਸ਼-ਸਿੱਧੀ ਵੀ ਗਿਣੀ ਜਾਂਦੀ ਹੈ, ਜੇ ਉਹ ਤੁਹਾਡਾ ਕੇਸ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਬਾਅਦ ਹੋਈ ਸੀ। ਜੇ ਤੁਹਾਨੂੰ ਇਹ ਪਤਾ ਨਹੀਂ ਲੱਗ ਸਕਦਾ, ਤਾਂ “ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ” ਚੁਣੋ।",
        caseEndNotSure: "ਛੋਟਾ ਜੁਰਮ (misdemeanor) ਘੱਟ ਗੰਭੀਰ ਜੁਰਮ ਹੁੰਦਾ ਹੈ, ਜਿਵੇਂ ਛੋਟੀ ਚੋਰੀ (petty theft) ਜਾਂ ਪਹਿਲੀ ਵਾਰ ਨਸ਼ੇ ਵਿੱਚ ਗੱਡੀ ਚਲਾਉਣਾ (DUI)। ਜ਼ਿਆਦਾਤਰ ਟ੍ਰੈਫ਼ਿਕ ਟਿਕਟਾਂ, ਜਿਵੇਂ ਤੇਜ਼ ਰਫ਼ਤਾਰ ਦੀ ਟਿਕਟ, ਛੋਟੇ ਜੁਰਮ ਨਹੀਂ ਹੁੰਦੀਆਂ। ਪਰ ਜੇ ਤੁਹਾਨੂੰ ਉਸ ਲਈ ਅਦਾਲਤ ਜਾਣਾ ਪਿਆ, ਜਾਂ ਤੁਹਾਨੂੰ ਦੱਸਿਆ ਗਿਆ ਕਿ ਇਹ ਛੋਟਾ ਜੁਰਮ ਸੀ, ਤਾਂ “ਹਾਂ” ਚੁਣੋ। ਜੇ ਤੁਹਾਨੂੰ ਨਹੀਂ ਪਤਾ ਕਿ ਇਹ ਦੋਸ਼-ਸਿੱਧੀ ਤੁਹਾਡਾ ਕੇਸ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਬਾਅਦ ਹੋਈ ਸੀ ਜਾਂ ਨਹੀਂ, ਤਾਂ “ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ” ਚੁਣੋ।",
      },
    },
    moralTurpitude: {
      title: "ਕੀ ਉਸ ਛੋਟੇ ਜੁਰਮ (misdemeanor) ਵਿੱਚ “ਨੈਤਿਕ ਗਿਰਾਵਟ” (moral turpitude) ਸ਼ਾਮਲ ਸੀ?",
      hint: "“ਨੈਤਿਕ ਗਿਰਾਵਟ” (moral turpitude) ਇੱਕ ਪੁਰਾਣਾ ਕਾਨੂੰਨੀ ਸ਼ਬਦ ਹੈ। ਇਸ ਦਾ ਮਤਲਬ ਹੈ ਅਜਿਹਾ ਜੁਰਮ ਜਿਸ ਨੂੰ ਜੱਜ ਬੇਈਮਾਨੀ ਵਾਲਾ ਸਮਝਦੇ ਹਨ, ਜਾਂ ਇਸ ਗੱਲ ਦੀ ਨਿਸ਼ਾਨੀ ਸਮਝਦੇ ਹਨ ਕਿ ਵਿਅਕਤੀ ਬੁਰਾਈ ਕਰਨ ਲਈ ਤਿਆਰ ਹੈ। ਉਦਾਹਰਣਾਂ ਹਨ: ਚੋਰੀ, ਧੋਖਾਧੜੀ, ਜਾਅਲਸਾਜ਼ੀ, ਨਸ਼ੇ ਵੇਚਣਾ, ਜਿਨਸੀ ਜੁਰਮ ਅਤੇ ਗੰਭੀਰ ਹਿੰਸਾ। ਆਪਣੀ ਵਰਤੋਂ ਲਈ ਨਸ਼ੇ ਰੱਖਣਾ ਆਮ ਕਰਕੇ ਨਹੀਂ ਗਿਣਿਆ ਜਾਂਦਾ। ਕੋਈ ਅਧਿਕਾਰਤ ਸੂਚੀ ਨਹੀਂ ਹੈ। ਫ਼ੈਸਲਾ ਜੱਜ ਕਰਦੇ ਹਨ।",
    },
    pendingOrChanged: {
      title: "ਕੀ ਤੁਹਾਡੇ ਉੱਤੇ ਕੋਈ ਦੋਸ਼ ਅਜੇ ਬਕਾਇਆ ਹਨ, ਜਾਂ ਕੀ ਕੋਈ ਦੋਸ਼-ਸਿੱਧੀ ਬਦਲੀ ਗਈ ਸੀ?",
      hint: "ਉਦਾਹਰਣ ਲਈ: ਅਜਿਹਾ ਕੇਸ ਜੋ ਅਜੇ ਅਦਾਲਤ ਵਿੱਚ ਚੱਲ ਰਿਹਾ ਹੈ, ਅਪੀਲ ਅਧੀਨ ਦੋਸ਼-ਸਿੱਧੀ, ਜਾਂ ਅਜਿਹੀ ਦੋਸ਼-ਸਿੱਧੀ ਜੋ ਖ਼ਾਰਜ (dismissed) ਕੀਤੀ ਗਈ, ਘਟਾਈ ਗਈ ਜਾਂ ਰੱਦ (set aside) ਕੀਤੀ ਗਈ।",
    },
    checkDate: {
      title: "ਤੁਸੀਂ ਬੇਨਤੀ ਕਦੋਂ ਦਾਇਰ ਕਰਨੀ ਚਾਹੁੰਦੇ ਹੋ?",
      hint: "ਅਸੀਂ ਇਸ ਦਿਨ ਲਈ ਨਿਯਮ ਜਾਂਚਦੇ ਹਾਂ। ਸ਼ੁਰੂ ਵਿੱਚ ਇੱਥੇ ਅੱਜ ਦੀ ਤਾਰੀਖ਼ ਭਰੀ ਹੁੰਦੀ ਹੈ, ਪਰ ਤੁਸੀਂ ਇਸ ਨੂੰ ਬਦਲ ਸਕਦੇ ਹੋ।",
    },
  },
  caseKinds: {
    dependency: {
      label: "ਫ਼ੋਸਟਰ ਕੇਅਰ, ਜਾਂ ਘਰ ਵਿੱਚ ਮੇਰੀ ਸੁਰੱਖਿਆ ਬਾਰੇ ਅਦਾਲਤੀ ਕੇਸ",
      hint: "ਨਾਬਾਲਗ ਅਦਾਲਤ (juvenile court) ਵਿੱਚ ਇੱਕ ਕੇਸ, ਕਿਉਂਕਿ ਤੁਹਾਡੇ ਮਾਤਾ ਜਾਂ ਪਿਤਾ, ਜਾਂ ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਵਿਅਕਤੀ ਤੋਂ ਤੁਹਾਡੀ ਸੁਰੱਖਿਆ ਨਹੀਂ ਹੋ ਸਕੀ।",
    },
    custodyNoPetition: {
      label: "ਮੈਨੂੰ ਸੁਰੱਖਿਆ ਹਿਰਾਸਤ ਵਿੱਚ ਲਿਆ ਗਿਆ ਸੀ, ਪਰ ਅਦਾਲਤ ਵਿੱਚ ਕੋਈ ਕੇਸ ਦਾਇਰ ਨਹੀਂ ਹੋਇਆ",
      hint: "ਕਿਸੇ ਸੋਸ਼ਲ ਵਰਕਰ ਜਾਂ ਪੁਲਿਸ ਨੇ ਤੁਹਾਨੂੰ ਘਰੋਂ ਲੈ ਲਿਆ, ਅਤੇ ਮਾਮਲਾ ਅਦਾਲਤ ਤੱਕ ਨਹੀਂ ਗਿਆ।",
    },
    delinquency: {
      label: "ਮੇਰੇ ਉੱਤੇ ਕੁਝ ਕਰਨ ਦਾ ਦੋਸ਼ ਲੱਗਾ ਸੀ, ਅਤੇ ਮੈਨੂੰ ਗ੍ਰਿਫ਼ਤਾਰ ਕੀਤਾ ਗਿਆ ਜਾਂ ਮੇਰਾ ਕੇਸ ਨਾਬਾਲਗ ਅਦਾਲਤ ਵਿੱਚ ਗਿਆ",
      hint: "ਕਿਸੇ ਜੁਰਮ ਬਾਰੇ ਕੇਸ, ਜਾਂ ਸਿਰਫ਼ ਨਾਬਾਲਗਾਂ ਲਈ ਬਣੇ ਕਿਸੇ ਨਿਯਮ ਬਾਰੇ ਕੇਸ, ਜਿਵੇਂ ਸਕੂਲ ਨਾ ਜਾਣਾ।",
    },
    arrestNoPetition: {
      label: "ਮੈਨੂੰ ਗ੍ਰਿਫ਼ਤਾਰ ਕੀਤਾ ਗਿਆ ਜਾਂ ਚਲਾਨ (citation) ਦਿੱਤਾ ਗਿਆ, ਪਰ ਅਦਾਲਤ ਵਿੱਚ ਕੋਈ ਕੇਸ ਦਾਇਰ ਨਹੀਂ ਹੋਇਆ",
      hint: "ਪੁਲਿਸ ਨੇ ਤੁਹਾਨੂੰ ਕਿਸੇ ਅਜਿਹੀ ਗੱਲ ਲਈ ਰੋਕਿਆ ਜੋ, ਪੁਲਿਸ ਅਨੁਸਾਰ, ਤੁਸੀਂ ਕੀਤੀ ਸੀ, ਅਤੇ ਗੱਲ ਉੱਥੇ ਹੀ ਖ਼ਤਮ ਹੋ ਗਈ।",
    },
    adultCourt: { label: "ਮੇਰਾ ਕੇਸ ਬਾਲਗਾਂ ਦੀ ਅਦਾਲਤ ਵਿੱਚ ਸੀ", hint: "ਬਾਲਗਾਂ ਦੀ ਅਦਾਲਤ ਵਿੱਚ ਇੱਕ ਅਪਰਾਧਿਕ ਕੇਸ, ਨਾਬਾਲਗ ਅਦਾਲਤ ਵਿੱਚ ਨਹੀਂ।" },
    otherState: { label: "ਮੇਰਾ ਕੇਸ ਕਿਸੇ ਹੋਰ ਰਾਜ ਵਿੱਚ ਸੀ", hint: "ਕੇਸ ਕੈਲੀਫੋਰਨੀਆ ਦੀ ਕਿਸੇ ਅਦਾਲਤ ਵਿੱਚ ਨਹੀਂ ਸੀ।" },
    notSure: { label: "ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ", hint: "ਅਸੀਂ ਤੁਹਾਨੂੰ ਦੱਸਾਂਗੇ ਕਿ ਇਹ ਕਿਵੇਂ ਪਤਾ ਕਰਨਾ ਹੈ।" },
  },
  answers: {
    yes: "ਹਾਂ",
    no: "ਨਹੀਂ",
    notSure: "ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ",
  },
  endedAnswers: {
    yes: "ਹਾਂ, ਇਹ ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ",
    no: "ਨਹੀਂ, ਇਹ ਅਜੇ ਖੁੱਲ੍ਹਾ ਹੈ",
    notSure: "ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ",
  },
  // Every date field's label ends in ਤਾਰੀਖ਼ (feminine): the errors that name a {label}
  // agree with it (ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ).
  fields: {
    checkDate: { label: "ਬੇਨਤੀ ਦਾਇਰ ਕਰਨ ਦੀ ਤਾਰੀਖ਼", name: "ਬੇਨਤੀ ਦਾਇਰ ਕਰਨ ਦੀ ਆਪਣੀ ਤਾਰੀਖ਼" },
    caseKind: { label: "ਕੇਸ ਦੀ ਕਿਸਮ", name: "ਕੇਸ ਦੀ ਕਿਸਮ", missing: "ਆਪਣੇ ਕੇਸ ਦੀ ਕਿਸਮ ਚੁਣੋ" },
    birthDate: { label: "ਜਨਮ ਤਾਰੀਖ਼", name: "ਆਪਣੀ ਜਨਮ ਤਾਰੀਖ਼" },
    jurisdictionEnded: { label: "ਕੇਸ ਖ਼ਤਮ ਹੋਇਆ", name: "ਕੀ ਤੁਹਾਡਾ ਕੇਸ ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ", missing: "ਚੁਣੋ ਕਿ ਤੁਹਾਡਾ ਕੇਸ ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ ਜਾਂ ਨਹੀਂ" },
    jurisdictionEndDate: { label: "ਕੇਸ ਖ਼ਤਮ ਹੋਣ ਦੀ ਤਾਰੀਖ਼", name: "ਆਪਣਾ ਕੇਸ ਖ਼ਤਮ ਹੋਣ ਦੀ ਤਾਰੀਖ਼" },
    contactDate: { label: "ਹਿਰਾਸਤ ਵਿੱਚ ਲਏ ਜਾਣ ਦੀ ਤਾਰੀਖ਼", name: "ਤੁਹਾਨੂੰ ਹਿਰਾਸਤ ਵਿੱਚ ਲਏ ਜਾਣ ਦੀ ਤਾਰੀਖ਼" },
    convictions: { label: "ਦੋਸ਼-ਸਿੱਧੀਆਂ (convictions)", name: "ਤੁਹਾਡੀਆਂ ਦੋਸ਼-ਸਿੱਧੀਆਂ", missing: "ਦੋਸ਼-ਸਿੱਧੀਆਂ ਬਾਰੇ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿਓ" },
    sealedOn: { label: "ਰਿਕਾਰਡ ਸੀਲ ਹੋਣ ਦੀ ਤਾਰੀਖ਼", name: "ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਸੀਲ ਹੋਣ ਦੀ ਤਾਰੀਖ਼" },
    "convictions.felony": { label: "ਸੰਗੀਨ ਜੁਰਮ (felony)", name: "ਕੋਈ ਸੰਗੀਨ ਜੁਰਮ", missing: "ਚੁਣੋ ਕਿ ਕੀ ਤੁਹਾਨੂੰ ਕਿਸੇ ਸੰਗੀਨ ਜੁਰਮ ਲਈ ਦੋਸ਼ੀ ਠਹਿਰਾਇਆ ਗਿਆ ਹੈ" },
    "convictions.misdemeanor": { label: "ਛੋਟਾ ਜੁਰਮ (misdemeanor)", name: "ਕੋਈ ਛੋਟਾ ਜੁਰਮ", missing: "ਚੁਣੋ ਕਿ ਕੀ ਤੁਹਾਨੂੰ ਕਿਸੇ ਛੋਟੇ ਜੁਰਮ ਲਈ ਦੋਸ਼ੀ ਠਹਿਰਾਇਆ ਗਿਆ ਹੈ" },
    "convictions.moralTurpitude": { label: "ਨੈਤਿਕ ਗਿਰਾਵਟ (moral turpitude)", name: "ਨੈਤਿਕ ਗਿਰਾਵਟ", missing: "ਚੁਣੋ ਕਿ ਕੀ ਉਸ ਛੋਟੇ ਜੁਰਮ ਵਿੱਚ ਨੈਤਿਕ ਗਿਰਾਵਟ ਸ਼ਾਮਲ ਸੀ" },
    "convictions.pendingOrChanged": { label: "ਬਕਾਇਆ ਦੋਸ਼ ਜਾਂ ਬਦਲੀ ਗਈ ਦੋਸ਼-ਸਿੱਧੀ", name: "ਬਕਾਇਆ ਦੋਸ਼", missing: "ਚੁਣੋ ਕਿ ਕੀ ਕੋਈ ਦੋਸ਼ ਬਕਾਇਆ ਹਨ ਜਾਂ ਕੋਈ ਦੋਸ਼-ਸਿੱਧੀ ਬਦਲੀ ਗਈ ਸੀ" },
  },
  parts: { month: "ਮਹੀਨਾ", day: "ਦਿਨ", year: "ਸਾਲ", and: "ਅਤੇ" },
  errors: {
    missing: "{name} ਲਿਖੋ",
    missingOrDontKnow: "{name} ਲਿਖੋ, ਜਾਂ “ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ” ਚੁਣੋ",
    incomplete: "{label} ਵਿੱਚ {parts} ਵੀ ਲਿਖੋ",
    notNumbers: "{label} ਇੱਕ ਅਸਲ ਤਾਰੀਖ਼ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ, ਜੋ ਸਿਰਫ਼ ਅੰਕਾਂ ਵਿੱਚ ਲਿਖੀ ਹੋਵੇ",
    yearFourDigits: "ਸਾਲ ਵਿੱਚ 4 ਅੰਕ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ",
    notRealDate: "{label} ਇੱਕ ਅਸਲ ਤਾਰੀਖ਼ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ",
    badFormat: "{label} ਇੱਕ ਅਸਲ ਤਾਰੀਖ਼ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ",
    outOfRange: "{label} ਦਾ ਸਾਲ 1900 ਤੋਂ 2200 ਤੱਕ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ",
    afterCheckDate: "{label} ਅੱਜ ਤੋਂ ਬਾਅਦ ਦੀ ਨਹੀਂ ਹੋ ਸਕਦੀ",
    onOrAfter18thBirthday: "{label} ਤੁਹਾਡੇ 18ਵੇਂ ਜਨਮਦਿਨ ਤੋਂ ਪਹਿਲਾਂ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ। ਇਹ ਚੋਣ ਉਸ ਗੱਲ ਲਈ ਹੈ ਜੋ ਤੁਹਾਡੇ ਬਚਪਨ ਵਿੱਚ ਹੋਈ ਸੀ। ਜੇ ਇਹ ਬਾਅਦ ਵਿੱਚ ਹੋਈ ਸੀ, ਤਾਂ ਪਿੱਛੇ ਜਾਓ ਅਤੇ ਕੇਸ ਦੀ ਕਿਸਮ ਜਾਂਚੋ।",
    after21stBirthday: "{label} ਤੁਹਾਡੇ 21ਵੇਂ ਜਨਮਦਿਨ ਦੀ ਜਾਂ ਉਸ ਤੋਂ ਪਹਿਲਾਂ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ, ਕਿਉਂਕਿ ਫ਼ੋਸਟਰ ਕੇਅਰ ਦੇ ਕੇਸ ਵੱਧ ਤੋਂ ਵੱਧ 21 ਸਾਲ ਦੀ ਉਮਰ ਤੱਕ ਖ਼ਤਮ ਹੋ ਜਾਂਦੇ ਹਨ। ਜੇ ਤੁਹਾਡਾ ਕੇਸ ਉਸ ਤੋਂ ਬਾਅਦ ਵੀ ਚੱਲਦਾ ਰਿਹਾ, ਤਾਂ ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਇਹ ਕਿਸੇ ਹੋਰ ਕਿਸਮ ਦਾ ਕੇਸ ਹੋਵੇ: ਪਿੱਛੇ ਜਾਓ ਅਤੇ ਕੇਸ ਦੀ ਕਿਸਮ ਜਾਂਚੋ।",
    afterPlanDate: "{label} ਬੇਨਤੀ ਦਾਇਰ ਕਰਨ ਦੀ ਤੁਹਾਡੀ ਤਾਰੀਖ਼ ਨੂੰ ਜਾਂ ਉਸ ਤੋਂ ਪਹਿਲਾਂ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ",
    planBeforeDates: "ਬੇਨਤੀ ਦਾਇਰ ਕਰਨ ਦੀ ਤਾਰੀਖ਼ ਤੁਹਾਡੀਆਂ ਦਿੱਤੀਆਂ ਹੋਰ ਤਾਰੀਖ਼ਾਂ ਤੋਂ ਬਾਅਦ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ",
    beforeBirthDate: "{label} ਤੁਹਾਡੀ ਜਨਮ ਤਾਰੀਖ਼ ਤੋਂ ਬਾਅਦ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ",
    notAChoice: "ਦਿੱਤੀਆਂ ਚੋਣਾਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ",
    notAnObject: "ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਵਿੱਚ ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ।",
    unknownField: "ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਵਿੱਚ ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ।",
    misspelled: "ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਵਿੱਚ ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ।",
    tooManyFields: "ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਵਿੱਚ ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ।",
  },
};
