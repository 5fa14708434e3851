// For the page that frames embed/frame.html: sizes each <iframe data-wic389-frame> to
// its content, and acts on its Quick exit by leaving this whole page. A message counts
// only if it comes from that iframe's own window and the origin of its src; anything
// else (another frame, another origin, this page) is ignored. Serve this file from
// your own site (script-src 'self'); it needs no configuration. Quick exit goes to the
// iframe's data-wic389-exit (an https address) if it has one, else a weather search.
addEventListener("message", (event) => {
  const type = event.data?.type;
  if (type !== "wic389:height" && type !== "wic389:exit") return;
  for (const frame of document.querySelectorAll("iframe[data-wic389-frame]")) {
    if (frame.contentWindow !== event.source) continue;
    if (event.origin !== new URL(frame.src, location.href).origin) return;
    if (type === "wic389:exit") {
      const own = frame.getAttribute("data-wic389-exit") ?? "";
      const meta = document.createElement("meta");
      meta.name = "referrer";
      meta.content = "no-referrer"; // the neutral site need not learn which page this was
      document.head.append(meta);
      document.body.hidden = true; // nothing of this page stays on screen while it goes
      location.replace(/^https:\/\//.test(own) ? own : "https://www.google.com/search?q=weather");
      return;
    }
    // Tell the frame the snippet is here, so its Quick exit asks for this page to go.
    event.source.postMessage({ type: "wic389:host" }, event.origin);
    const height = Number(event.data.height);
    if (Number.isFinite(height) && height > 0 && height < 100000) frame.style.height = `${Math.ceil(height)}px`;
    return;
  }
});
