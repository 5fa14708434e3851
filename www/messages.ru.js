// Russian text for the wic389 page. Every code the rules module can return has a key here;
// the shapes of the keys are those of messages.en.js (see its header comment).
//
// Who drafted it: a machine-drafted translation by the project, NOT reviewed by a qualified
// translator (meta.status "unreviewed": the page says so, in Russian and in English, with one
// tap back to English). The English catalog is the one to rely on.
//
// Register: formal "вы" throughout, written lowercase as interfaces and the Judicial Council's
// own Russian self-help pages write it; never "ты". The readers are adults (18 or older) or
// adults helping them, and the subject is a court filing. Plain words, short sentences.
//
// Gender-neutral forms (Russian past tense and adjectives mark gender):
// - Past tense and short participles with "вы" take the plural, which marks no gender:
//   "вы родились", "вы были осуждены", "вы сказали".
// - What others did to the reader is an impersonal third-person plural: "вас взяли под
//   защиту", "вас арестовали", "вас осудили".
// - First-person answers use forms without gender: "Не знаю точно", "Меня взяли под защиту",
//   "Меня арестовали" (not "Я не уверен/уверена", not "я ходил/ходила в суд").
// - Full adjectives and nouns describing the reader are avoided: "в детстве", "до 18 лет",
//   "вам ещё нет 18 лет" (not "несовершеннолетний/-яя"); no slash forms.
// - Impersonal "нужно" and passives where a role would need a gendered past tense:
//   "Судье нужно установить…", "Этот перевод ещё не проверен…".
// - Third-party roles (судья, адвокат, социальный работник, родитель) keep the generic noun,
//   as the Spanish review decided for Spanish; present and future verbs are used for them
//   where possible ("судья проведёт", "судья решает").
//
// Legal terms: no Judicial Council English–Russian legal glossary was found. A Superior Court
// of Sacramento English/Russian legal glossary is reported in the Judicial Council's list of
// court glossaries, but no copy of it was found. The terms follow the Judicial Council's own
// Russian self-help pages where they were seen (selfhelp.courts.ca.gov/ru: "судебный
// переводчик", interpreters "предоставляются бесплатно", "Правило судопроизводства" for a Rule
// of Court), superior courts' Russian pages (San Mateo: "слушание"), and usual US Russian legal
// usage otherwise. docs/terms/ru.json lists each term with its source; a qualified translator
// must check every one. As in the Spanish catalog, key legal terms give the Russian first and
// the English term in parentheses after it, where the person will meet the English word on
// court papers (felony, misdemeanor, moral turpitude, probation, foster care, legal aid, …).
// Not "реабилитация" for rehabilitation: in Russian law it means being cleared of a charge;
// "исправление (rehabilitation)" is used.

export const messages = {
  lang: "ru",
  meta: {
    name: "Русский",
    dir: "ltr",
    locale: "ru-RU",
    numberingSystem: "latn",
    status: "unreviewed",
    reviewer: null,
    reviewedOn: null,
    glossary: "docs/terms/ru.json",
  },
  ui: {
    languageMenu: "Язык",
    draftNotice: "Этот перевод ещё не проверен квалифицированным переводчиком. Опирайтесь на английскую версию. Если что-то непонятно, откройте английскую версию или получите бесплатную помощь на своём языке в центре самопомощи (Self-Help Center) при вашем суде. Судебные переводчики предоставляются бесплатно.",
    draftNoticeEnglish: "A qualified translator has not checked this translation yet. The English version is the one to rely on.",
    quickExit: "Быстрый выход",
    quickExitHint: "Быстро покиньте эту страницу. Можно также два раза нажать клавишу Escape.",
    back: "Назад",
    continue: "Продолжить",
    start: "Начать",
    startAgain: "Начать заново",
    seeResult: "Посмотреть результат",
    change: "Изменить",
    loading: "Проверка загружается.",
    notAnswered: "Нет ответа",
    startTitle: "Узнайте, когда можно попросить суд запечатать записи о вашем пребывании в приёмной семье",
    startLead: "Этот инструмент подскажет, когда вы можете попросить суд Калифорнии запечатать (seal) записи по делу о приёмной семье (foster care). Он также объясняет, что значит запечатать записи.",
    startWhoTitle: "Для кого это",
    startWho1: "Для людей, у которых в Калифорнии было дело о приёмной семье или судебное дело об их безопасности дома.",
    startWho2: "Для людей, которых в детстве взяли под защиту (protective custody), если судебного дела при этом не было.",
    startNeedTitle: "Что вам понадобится",
    startNeed: "Даты из ваших судебных документов. Если документов у вас нет, укажите даты примерно.",
    startPrivacyTitle: "Ваша конфиденциальность",
    startPrivacy: "Ничего из того, что вы вводите, не покидает это устройство, и ничего не сохраняется. Когда вы закроете эту страницу, ваши ответы исчезнут.",
    startAdvice: "Это не юридическая консультация. Запечатать ваши записи может только судья.",
    lawVersion: "Применённый закон: {citation}, текст по состоянию на {asOf}, последняя проверка: {checked}. Версия правил: {version}.",
    dateHint: "Сначала введите месяц, потом день и год. Например: 3 27 2004 — это 27 марта 2004 года.",
    month: "Месяц",
    day: "День",
    year: "Год",
    errorSummaryTitle: "Возникла проблема",
    errorPrefix: "Ошибка:",
    checkTitle: "Проверьте свои ответы",
    checkLead: "Убедитесь, что ответы верны. Любой из них можно изменить.",
    planRow: "Я планирую подать ходатайство",
    planToday: "{date} (сегодня)",
    dontKnow: "Не знаю дату",
    or: "или",
    resultTitle: "Ваш результат",
    earliestLabel: "Самая ранняя дата, когда выполнены условия по времени:",
    earliestPassed: "Условия по времени выполнены с {date}.",
    dateNow: "Вы уже можете попросить суд. Условия по времени выполнены с {date}.",
    earliestFuture: "Вы можете попросить суд начиная с {date}.",
    possibleLabel: "При другом прочтении закона может засчитываться и эта, более ранняя дата:",
    possibleWhy: "Закон не говорит, как считать от 29 февраля в году, где нет 29 февраля. Поэтому мы показываем 1 марта как надёжную дату. 28 февраля тоже может засчитываться.",
    pathsTitle: "Два способа выполнить условия по времени",
    pathAge18: "В 18 лет: {date}",
    pathFiveYears: {
      caseEnd: "Через пять лет после окончания вашего дела: {date}",
      contact: "Через пять лет после того, как вас взяли под защиту: {date}",
    },
    pathUnavailable: "Способ «через пять лет»: мы не можем рассчитать эту дату. Возможно, дело ещё открыто или мы не знаем, когда оно закончилось.",
    pathMet: "(выполнено)",
    pathNotMet: "(ещё нет)",
    pathUnclear: "(неясно)",
    timelineTitle: "Хронология",
    timelineText: "Даты по порядку:",
    tlBirth: "Вы родились",
    tlAge18: "Вам исполняется 18 лет",
    tlEnd: "Ваше дело закончилось",
    tlContact: "Вас взяли под защиту",
    tlFive: "Через пять лет после этого",
    tlCheck: "День, когда вы планируете подать ходатайство",
    tlEarliest: "Самая ранняя дата, когда можно попросить суд",
    whyTitle: "Почему",
    whyDetails: "Все причины, с текстом закона",
    answersTitle: "Ваши ответы",
    newTab: "(откроется в новой вкладке)",
    nextTitle: "Что делать дальше",
    meansTitle: "Что значит запечатать записи",
    lawText: "Текст закона (он есть только на английском языке)",
    showLaw: "Показать текст закона ({clause}) к пункту: {point}",
    hideLaw: "Скрыть текст закона ({clause}) к пункту: {point}",
    lawQuoteNote: "Слова, на которых основан этот пункт, выделены.",
    takeAwayTitle: "Сохраните этот результат",
    print: "Распечатать",
    calendar: "Добавить дату в календарь (.ics)",
    copy: "Скопировать сводку",
    copied: "Сводка скопирована.",
    copyFailed: "Не удалось скопировать. Выделите текст страницы и скопируйте его сами.",
    icsSummary: "Дата для подачи документов в суд",
    icsDescription: "С этого дня вы можете попросить суд запечатать ваши записи по статье 389 Кодекса социального обеспечения и учреждений Калифорнии (Welfare and Institutions Code). Решение всё равно принимает судья. Это не юридическая консультация.",
    summaryHeading: "Сводка проверки: запечатывание записей",
    statusResult: "Ваш результат готов: {outcome}",
    loadFailedTitle: "Проверку не удалось загрузить",
    loadFailed: "Часть этой страницы не загрузилась, поэтому проверка не может работать. Правила ниже по-прежнему действуют. Вы можете попробовать ещё раз.",
    crashed: "Что-то пошло не так. Ничего из того, что вы ввели, никуда не отправлено. Пожалуйста, начните заново.",
    staticTitle: "Правила вкратце",
    static1: "Вы можете попросить суд запечатать записи по делу о приёмной семье, как только вам исполнится 18 лет.",
    static2: "Вы также можете попросить об этом в любом возрасте, если с окончания дела прошло пять лет. Если вас взяли под защиту (protective custody), а дело не заводили, считайте пять лет с того дня.",
    static3: "Судье нужно установить, что после окончания дела (или после того дня, когда вас взяли под защиту) вы не были осуждены ни за тяжкое преступление (felony), ни за мелкое преступление (misdemeanor), связанное с «моральной низостью» (moral turpitude). Судье также нужно убедиться, что сейчас у вас всё в порядке. Закон называет это «исправлением» (rehabilitation).",
    static4: "Это не юридическая консультация.",
    exitHref: "https://www.google.com/search?q=weather",
    pageTitle: "{step} – Проверка: запечатывание записей о приёмной семье",
  },
};
