// Which build of the page this is: scripts/site.mjs replaces "dev" with a hash of
// every source file, so a printed or copied result says exactly what made it
// (js/stamp.js stampText).
export const BUILD = "dev";
