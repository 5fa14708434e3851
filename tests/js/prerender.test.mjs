// The start and first question prerendered in index.html say exactly what the
// English catalog says, offer exactly the case kinds the rules know, and are
// taken out of the single-file build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { initSync, codes } from "../../www/pkg/wic389.js";
import { messages as en } from "../../www/messages.en.js";

const root = new URL("../../", import.meta.url);
const read = (path) => readFileSync(fileURLToPath(new URL(path, root)), "utf8");
initSync({ module: readFileSync(fileURLToPath(new URL("www/pkg/wic389_bg.wasm", root))) });

const html = read("www/index.html");
const pre = html.match(/<!-- prerender:[\s\S]*?<!-- \/prerender -->/)?.[0] ?? "";
/** The text of the prerender, entities decoded, whitespace folded. */
const text = (s) =>
  s
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ");
const preText = text(pre);

test("the prerender exists and is hidden without JavaScript", () => {
  assert.ok(pre.includes("data-wic389-prerender"));
  assert.match(html, /<noscript><link rel="stylesheet" href="noscript.css"><\/noscript>/);
  assert.match(read("www/noscript.css"), /\[data-wic389-prerender\]\s*\{\s*display:\s*none;/);
});

test("its words are the English catalog's", () => {
  const ui = en.ui;
  const want = [
    ui.startTitle, ui.startLead, ui.startWhoTitle, ui.startWho1, ui.startWho2, ui.startNeedTitle,
    ui.startNeed, ui.startPrivacyTitle, ui.startPrivacy, ui.startTracks, ui.startAdvice, ui.start, ui.quickExit,
    ui.continue, en.steps.caseKind.title, en.steps.caseKind.hint,
    ...Object.values(en.caseKinds).flatMap((k) => [k.label, k.hint]),
  ];
  for (const s of want) assert.ok(preText.includes(s), `not in the prerender: ${s}`);
  assert.ok(pre.includes(`href="${ui.exitHref}"`), "the quick exit goes where the app's does");
});

test("its radios are exactly the case kinds of the rules, in order", () => {
  const values = [...pre.matchAll(/name="caseKind" value="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(values, codes().caseKinds);
});

test("the single-file build leaves it out", { skip: !existsSync(new URL("dist/wic389.html", root)) }, () => {
  const single = read("dist/wic389.html");
  assert.ok(!single.includes("<!-- prerender:"));
  assert.ok(!single.includes(`href="#wic389-pre-kind"`));
  assert.ok(!single.includes("noscript.css"));
  assert.ok(!single.includes("boot-guard.js"));
});
