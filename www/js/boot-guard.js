// A classic (deferred) script, run before the page's modules. If a module of the page
// cannot be fetched or parsed (the JS glue of the rules, say), no module code
// ever runs, so nothing else could say so: this shows the plain message that
// index.html holds (in English and Spanish), next to the static rules. It also
// answers Continue on the prerendered question while the checker still loads.
// It is left out of the single-file build, whose code cannot fail to arrive.
// It also makes the prerendered Quick exit replace the page, as the app's does.
(function () {
  "use strict";
  function show() {
    var mount = document.querySelector("[data-wic389-mount]");
    if (mount && mount.getAttribute("data-wic389-ready") === "true") return;
    var message = document.querySelector("[data-wic389-boot-failed]");
    if (message) message.hidden = false;
    // The prerendered start and question cannot go further without the scripts.
    var pre = document.querySelector("[data-wic389-prerender]");
    if (pre) pre.hidden = true;
  }
  // Continue on the prerendered question before the app is ready: say it is
  // working, and mark the form so the app goes on by itself once it takes over.
  document.addEventListener("click", function (event) {
    var button = event.target && event.target.closest && event.target.closest("[data-wic389-pre-continue]");
    if (!button) return;
    var form = button.closest("form");
    var status = form && form.querySelector("[data-wic389-pre-status]");
    var words = form && form.querySelector("[data-wic389-pre-loading]");
    if (!form || !status || !words) return;
    form.setAttribute("data-wic389-pending", "");
    status.textContent = words.content.textContent;
  });
  window.addEventListener(
    "error",
    function (event) {
      var el = event.target;
      var failedScript = el && el.tagName === "SCRIPT";
      var uncaught = typeof ErrorEvent !== "undefined" && event instanceof ErrorEvent;
      if (failedScript || uncaught) show();
    },
    true,
  );
  // The prerendered Quick exit, until the app takes it over: replace this page
  // rather than add an entry after it, so Back does not come back here.
  document.addEventListener("click", function (event) {
    var link = event.target && event.target.closest ? event.target.closest("[data-wic389-pre-exit]") : null;
    if (!link) return;
    event.preventDefault();
    location.replace(link.href);
  });
})();
