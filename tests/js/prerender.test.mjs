// The full page in every language (dist/site/index.html and index.<lang>.html,
// written by scripts/pages.mjs from the template www/index.html): the
// prerendered start and first question, the rules in brief and the
// boot-failure message say exactly what that language's catalog says, the
// radios are exactly the rules' case kinds, and the single file leaves the
// prerender out. Run after scripts/build.sh.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { initSync, codes } from "../../www/pkg/wic389.js";
import { LANGS } from "../../www/js/i18n.js";

const root = new URL("../../", import.meta.url);
const read = (path) => readFileSync(fileURLToPath(new URL(path, root)), "utf8");
initSync({ module: readFileSync(fileURLToPath(new URL("www/pkg/wic389_bg.wasm", root))) });
const page = (lang) => read(`dist/site/${lang === "en" ? "index.html" : `index.${lang}.html`}`);
const catalog = async (lang) => (await import(new URL(`www/messages.${lang}.js`, root))).messages;

/** The text of some HTML, entities decoded, whitespace folded. */
const text = (s) =>
  s
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
const prerenderOf = (html) => html.match(/<!-- prerender:[\s\S]*?<!-- \/prerender -->/)?.[0] ?? "";

test("the template leaves no placeholder behind, in any language", () => {
  const built = readdirSync(fileURLToPath(new URL("dist/site/", root))).filter((f) => /^index(\.[\w-]+)?\.html$/.test(f));
  assert.equal(built.length, LANGS.length, built.join(", "));
  for (const f of built) assert.doesNotMatch(read(`dist/site/${f}`), /\{\{|\}\}/, f);
});

test("the prerender is hidden without JavaScript", () => {
  const html = page("en");
  assert.ok(prerenderOf(html).includes("data-wic389-prerender"));
  assert.match(html, /<noscript><link rel="stylesheet" href="noscript.css"><\/noscript>/);
  assert.match(read("www/noscript.css"), /\[data-wic389-prerender\]\s*\{\s*display:\s*none;/);
});

for (const { code } of LANGS) {
  test(`${code}: the page, its prerender, rules in brief and boot-failure message are in its own words`, async () => {
    const c = await catalog(code);
    const html = page(code);
    assert.match(html, new RegExp(`<html lang="${code}" dir="${c.meta.dir}">`));
    const ui = c.ui;
    const pre = text(prerenderOf(html));
    const want = [
      ui.startTitle, ui.startLead, ui.startWhoTitle, ui.startWho1, ui.startWho2, ui.startNeedTitle,
      ui.startNeed, ui.startPrivacyTitle, ui.startPrivacy, ui.startTracks, ui.startAdvice, ui.start, ui.quickExit,
      ui.continue, ui.loading, c.steps.caseKind.title, c.steps.caseKind.hint,
      ...Object.values(c.caseKinds).flatMap((k) => [k.label, k.hint]),
    ];
    for (const s of want) assert.ok(pre.includes(s), `not in the prerender: ${s}`);
    assert.ok(prerenderOf(html).includes(`href="${ui.exitHref}"`), "the quick exit goes where the app's does");
    const values = [...prerenderOf(html).matchAll(/name="caseKind" value="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(values, codes().caseKinds, "the radios are the rules' case kinds, in order");
    const rest = text(html.slice(html.indexOf("<!-- /prerender -->")));
    for (const s of [ui.loadFailedTitle, ui.loadFailed, ui.staticTitle, ui.static1, ui.static2, ui.static3, ui.static4, ui.noScript]) {
      assert.ok(rest.includes(s), `not on the page: ${s}`);
    }
    if (code !== "en") {
      const en = await catalog("en");
      assert.ok(rest.includes(en.ui.static1), "the rules in brief in English too");
    }
  });
}

test("the single-file build leaves the prerender out", { skip: !existsSync(new URL("dist/wic389.html", root)) }, () => {
  const single = read("dist/wic389.html");
  assert.ok(!single.includes("<!-- prerender:"));
  assert.ok(!single.includes(`href="#wic389-pre-kind"`));
  assert.ok(!single.includes("noscript.css"));
  assert.ok(!single.includes("boot-guard.js"));
});
