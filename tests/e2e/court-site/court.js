// The court page's own script: picks the theme's variant from the address
// (?root=125 for a 125% root, ?base for a host that sets the checker's base
// size, ?emit for a host that opts in to the result event, ?lang=es).
(function () {
  "use strict";
  var q = new URLSearchParams(location.search);
  var html = document.documentElement;
  if (q.get("root") === "125") html.classList.add("root-125");
  if (q.has("base")) html.classList.add("base-set");
  // A deferred script: the page is parsed, and the element not yet upgraded, as if
  // the court's CMS had written these attributes into the page.
  var el = document.querySelector("wic389-check");
  if (el && q.has("emit")) el.setAttribute("emit-result", "");
  if (el && q.get("lang") === "es") el.setAttribute("lang", "es");
})();
