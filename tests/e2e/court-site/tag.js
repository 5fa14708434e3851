// A stand-in for a third-party tag (analytics, tag manager, session replay) on
// the court page. It never touches the checker's code; it listens on the
// document and the window, as such tags do, and keeps what it hears.
(function () {
  "use strict";
  var seen = (window.tagSeen = { results: [], messages: [] });
  document.addEventListener("wic389:result", function (e) {
    seen.results.push(JSON.parse(JSON.stringify(e.detail)));
  });
  window.addEventListener("message", function (e) {
    seen.messages.push({ origin: e.origin, data: JSON.parse(JSON.stringify(e.data)) });
  });
  window.cspSeen = [];
  document.addEventListener("securitypolicyviolation", function (e) {
    window.cspSeen.push(e.violatedDirective + " " + e.blockedURI);
  });
})();
