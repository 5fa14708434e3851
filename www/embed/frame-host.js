// For the page that frames embed/frame.html: sizes each <iframe data-wic389-frame> to
// its content. A message counts only if it comes from that iframe's own window and the
// origin of its src; anything else (another frame, another origin) is ignored.
// Serve this file from your own site (script-src 'self'); it needs no configuration.
addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "wic389:height") return;
  for (const frame of document.querySelectorAll("iframe[data-wic389-frame]")) {
    if (frame.contentWindow !== event.source) continue;
    if (event.origin !== new URL(frame.src, location.href).origin) return;
    const height = Number(data.height);
    if (Number.isFinite(height) && height > 0 && height < 100000) frame.style.height = `${Math.ceil(height)}px`;
    return;
  }
});
