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
};
