// The bench's reference pages (floor.html): the least a page can do to become
// "interactive" under the same probe. With ?module it first loads the rules
// module (www/pkg) and calls it once, as the page must before Start works.
const root = document.getElementById("wic389-bench-root");
if (new URLSearchParams(location.search).has("module")) {
  const { default: init, lawVersion } = await import("../../www/pkg/wic389.js");
  await init();
  lawVersion();
}
root.setAttribute("data-wic389-ready", "true");
