// Dates in words, as a person reads them on the page, written here from the
// calendar's own month names: not with the page's formatDate, nor with Intl,
// so what a test expects comes from outside the code it tests. Not a test file.
//
// The page keeps dates out of DOM attributes (a host page's scripts and replay
// tools read attributes too), so the tests find a date the way a person does:
// in the words of the result.
const MONTHS = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
};

/** "2029-06-01" as "June 1, 2029" (en) or "1 de junio de 2029" (es). */
export function dateInWords(iso, lang) {
  const [y, m, d] = iso.split("-").map(Number);
  return lang === "es" ? `${d} de ${MONTHS.es[m - 1]} de ${y}` : `${MONTHS[lang][m - 1]} ${d}, ${y}`;
}
