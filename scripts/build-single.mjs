// Release outputs that come after scripts/build.sh has written www/pkg/:
//
//   dist/wic389.html        the whole checker in one file (works from file://, by email, on a stick)
//   www/precache.js         the service worker's file list and version (a hash of their contents)
//   dist/integrity.json     SRI hashes (sha384) of the files a host links to
//   dist/EMBED-SNIPPETS.txt copy-paste embed snippets with those hashes filled in
//
// Node only, no dependencies. Usage: node scripts/build-single.mjs
//
// The single file is made by a deliberately small bundler for the page's own module
// graph: static relative imports only, no cycles, no `export *`. Each module becomes an
// async function scope (so names never collide and top-level await still works) that
// returns a frozen namespace of getters; imports become reads from the namespaces of
// modules evaluated before it (topological order). Anything it does not understand is a
// build error, never a silently wrong file.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, posix, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// ---------------------------------------------------------------------------
// Lexing: find the top-level `import` / `export` statements of a module.

const REGEX_AFTER_WORD = new Set([
  "return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void",
  "throw", "instanceof", "yield", "await",
]);
const ID_START = /[A-Za-z_$]/;
const ID_PART = /[A-Za-z0-9_$]/;

/**
 * Finds the start offsets of `import` and `export` keywords that begin a statement at
 * the top level of `src`, skipping strings, template literals, comments and regular
 * expression literals. Dynamic `import(` and `import.meta` are not statements.
 * Dynamic `import(` anywhere is reported as "import()" (the bundler refuses it).
 * @returns {Array<{keyword: "import"|"export"|"import()", start: number}>}
 */
export function findModuleStatements(src) {
  const found = [];
  const tplDepth = []; // brace depth at which each open `${` resumes its template
  let depth = 0;
  let prevSig = ""; // last significant (non-space, non-comment) character
  let lastWord = "";
  let lineStart = true; // nothing significant yet on this line
  let i = 0;
  const n = src.length;

  const skipString = (q) => {
    i++;
    while (i < n && src[i] !== q) {
      if (src[i] === "\\") i++;
      else if (src[i] === "\n") throw new Error(`unterminated string at ${i}`);
      i++;
    }
    i++;
  };
  // Reads template text from i (just after ` or }) to the closing ` or a `${`.
  const skipTemplate = () => {
    while (i < n) {
      const c = src[i];
      if (c === "\\") i += 2;
      else if (c === "`") {
        i++;
        return;
      } else if (c === "$" && src[i + 1] === "{") {
        i += 2;
        tplDepth.push(depth);
        depth++;
        return;
      } else i++;
    }
    throw new Error("unterminated template literal");
  };
  const skipRegex = () => {
    i++;
    let inClass = false;
    while (i < n) {
      const c = src[i];
      if (c === "\\") i += 2;
      else if (c === "\n") throw new Error(`unterminated regular expression at ${i}`);
      else if (inClass) {
        if (c === "]") inClass = false;
        i++;
      } else if (c === "[") {
        inClass = true;
        i++;
      } else if (c === "/") {
        i++;
        while (i < n && ID_PART.test(src[i])) i++; // flags
        return;
      } else i++;
    }
  };

  while (i < n) {
    const c = src[i];
    if (c === "\n") {
      lineStart = true;
      i++;
    } else if (c === " " || c === "\t" || c === "\r" || c === "\f" || c === "\v" || c === "\uFEFF") {
      i++;
    } else if (c === "/" && src[i + 1] === "/") {
      while (i < n && src[i] !== "\n") i++;
    } else if (c === "/" && src[i + 1] === "*") {
      const end = src.indexOf("*/", i + 2);
      if (end < 0) throw new Error("unterminated comment");
      i = end + 2;
    } else if (c === "'" || c === '"') {
      skipString(c);
      prevSig = c;
      lastWord = "";
      lineStart = false;
    } else if (c === "`") {
      i++;
      skipTemplate();
      prevSig = "`";
      lastWord = "";
      lineStart = false;
    } else if (c === "/") {
      const regex = prevSig === "" || "(,=:[!&|?{};+-*%<>~^".includes(prevSig) || REGEX_AFTER_WORD.has(lastWord);
      if (regex) {
        skipRegex();
        prevSig = "/re";
      } else {
        i++;
        prevSig = "/";
      }
      lastWord = "";
      lineStart = false;
    } else if (ID_START.test(c)) {
      const start = i;
      while (i < n && ID_PART.test(src[i])) i++;
      const word = src.slice(start, i);
      const afterDot = prevSig === ".";
      if (depth === 0 && !afterDot && (word === "import" || word === "export")) {
        const atStatement = lineStart || prevSig === "" || prevSig === ";" || prevSig === "}";
        let j = i;
        while (j < n && /\s/.test(src[j])) j++;
        const dynamic = word === "import" && (src[j] === "(" || src[j] === ".");
        if (atStatement && !dynamic) found.push({ keyword: word, start });
      }
      if (word === "import" && !afterDot) {
        let j = i;
        while (j < n && /\s/.test(src[j])) j++;
        if (src[j] === "(") found.push({ keyword: "import()", start });
      }
      prevSig = "a"; // identifiers end like an operand: a following `/` divides
      lastWord = word;
      lineStart = false;
    } else if (/[0-9]/.test(c)) {
      while (i < n && /[0-9A-Za-z_.]/.test(src[i])) i++;
      prevSig = "0";
      lastWord = "";
      lineStart = false;
    } else {
      if (c === "{" || c === "(" || c === "[") depth++;
      else if (c === ")" || c === "]") depth--;
      else if (c === "}") {
        if (tplDepth.length && tplDepth[tplDepth.length - 1] === depth - 1) {
          tplDepth.pop();
          depth--;
          i++;
          skipTemplate();
          prevSig = "`";
          lastWord = "";
          lineStart = false;
          continue;
        }
        depth--;
      }
      // `)` and `]` end operands (a following `/` divides); `}` ends a block (regex may follow).
      prevSig = c === ")" || c === "]" ? "a" : c;
      lastWord = "";
      lineStart = false;
      i++;
    }
  }
  if (depth !== 0) throw new Error(`unbalanced brackets (depth ${depth} at end)`);
  return found;
}

// ---------------------------------------------------------------------------
// Parsing the statements found, and rewriting one module.

const IMPORT_FROM =
  /import\s+(?:([A-Za-z_$][\w$]*)\s*(?:,\s*)?)?(?:\*\s*as\s+([A-Za-z_$][\w$]*)|\{([^}]*)\})?\s*from\s*(["'])([^"']+)\4\s*;?/y;
const IMPORT_BARE = /import\s*(["'])([^"']+)\1\s*;?/y;
const EXPORT_LIST = /export\s*\{([^}]*)\}\s*(?:from\s*(["'])([^"']+)\2)?\s*;?/y;
const EXPORT_DECL =
  /export\s+(default\s+)?((?:async\s+)?function\s*\*?\s*|class\s+|const\s+|let\s+|var\s+)([A-Za-z_$][\w$]*)?/y;
const EXPORT_DEFAULT_EXPR = /export\s+default\s+/y;

/** Parses `a, b as c` into [[a, a], [b, c]]. */
function parseSpecifiers(list) {
  return list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = /^([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/.exec(s);
      if (!m) throw new Error(`cannot read import/export specifier "${s}"`);
      return [m[1], m[2] ?? m[1]];
    });
}

/**
 * Reads a module's imports and exports and returns its body with the `import`
 * statements removed and the `export` keywords stripped.
 * @returns {{imports: Array<{spec: string, def?: string, ns?: string, named: string[][]}>,
 *           exports: Array<[string, string]>, body: string}}
 *   exports are [exportedName, localName]; re-exports become imports of a local alias.
 */
export function parseModule(src, id = "module") {
  const imports = [];
  const exports = [];
  let out = "";
  let at = 0;
  let aliases = 0;
  for (const { keyword, start } of findModuleStatements(src)) {
    if (start < at) continue;
    out += src.slice(at, start);
    const sticky = (re) => {
      re.lastIndex = start;
      return re.exec(src);
    };
    let m;
    if (keyword === "import()") {
      throw new Error(`${id}: dynamic import() at offset ${start} cannot be bundled into one file`);
    }
    if (keyword === "import") {
      if ((m = sticky(IMPORT_FROM))) {
        imports.push({ spec: m[5], def: m[1], ns: m[2], named: m[3] ? parseSpecifiers(m[3]) : [] });
      } else if ((m = sticky(IMPORT_BARE))) {
        imports.push({ spec: m[2], named: [] });
      } else {
        throw new Error(`${id}: unsupported import at offset ${start}: ${src.slice(start, start + 60)}`);
      }
      at = start + m[0].length;
      continue;
    }
    if ((m = sticky(EXPORT_LIST))) {
      const specs = parseSpecifiers(m[1]);
      if (m[3]) {
        const named = specs.map(([imported]) => [imported, `__wic389_reexport_${aliases++}`]);
        imports.push({ spec: m[3], named });
        specs.forEach(([, exported], k) => exports.push([exported, named[k][1]]));
      } else {
        for (const [local, exported] of specs) exports.push([exported, local]);
      }
      at = start + m[0].length;
    } else if ((m = sticky(EXPORT_DECL))) {
      const [whole, isDefault, kind, name] = m;
      if (!name && !(isDefault && /function|class/.test(kind))) {
        throw new Error(`${id}: unsupported export (destructuring?) at offset ${start}`);
      }
      if (/^(const|let|var)/.test(kind) && isDefault) {
        throw new Error(`${id}: "export default ${kind.trim()}" is not JavaScript`);
      }
      const local = name ?? "__wic389_default";
      exports.push([isDefault ? "default" : name, local]);
      out += kind + local;
      at = start + whole.length;
    } else if ((m = sticky(EXPORT_DEFAULT_EXPR))) {
      exports.push(["default", "__wic389_default"]);
      out += "const __wic389_default = ";
      at = start + m[0].length;
    } else if (/^export\s*\*/.test(src.slice(start, start + 20))) {
      throw new Error(`${id}: "export *" is not supported by the single-file bundler`);
    } else {
      throw new Error(`${id}: unsupported export at offset ${start}: ${src.slice(start, start + 60)}`);
    }
  }
  out += src.slice(at);
  return { imports, exports, body: out };
}

// ---------------------------------------------------------------------------
// Bundling a small graph of relative ES modules into one module script.

/**
 * Bundles `entries` (paths relative to the root, like "main.js") and everything they
 * import into the text of one `<script type="module">`.
 * @param {string[]} entries
 * @param {{read: (id: string) => string,
 *          exportOverrides?: Record<string, Record<string, string>>,
 *          appendSource?: Record<string, string>}} io
 *   `read(id)` gives a module's source; `appendSource[id]` is added to that module's
 *   body; `exportOverrides[id][name] = local` replaces what it exports under `name`.
 * @returns {{code: string, order: string[]}}
 */
export function bundle(entries, { read, exportOverrides = {}, appendSource = {} }) {
  const parsed = new Map();
  const order = [];
  const visiting = new Set();
  const resolveSpec = (from, spec) => {
    if (!spec.startsWith("./") && !spec.startsWith("../")) {
      throw new Error(`${from}: only relative imports are supported, got "${spec}"`);
    }
    const id = posix.normalize(posix.join(posix.dirname(from), spec));
    if (id.startsWith("../")) throw new Error(`${from}: "${spec}" leaves the root`);
    return id;
  };
  const visit = (id, from) => {
    if (parsed.has(id)) return;
    if (visiting.has(id)) throw new Error(`import cycle through ${id} (from ${from})`);
    visiting.add(id);
    let src;
    try {
      src = read(id).replace(/\r\n?/g, "\n");
    } catch (err) {
      throw new Error(`cannot read module ${id}${from ? ` (imported by ${from})` : ""}: ${err.message}`);
    }
    const mod = parseModule(src + (appendSource[id] ? `\n${appendSource[id]}\n` : ""), id);
    for (const imp of mod.imports) {
      imp.id = resolveSpec(id, imp.spec);
      visit(imp.id, id);
    }
    visiting.delete(id);
    parsed.set(id, mod);
    order.push(id);
  };
  for (const e of entries) visit(posix.normalize(e), "");

  const varOf = new Map(order.map((id, k) => [id, `__wic389_m${k}`]));
  const parts = [];
  for (const id of order) {
    const mod = parsed.get(id);
    const exports = new Map(mod.exports);
    for (const [name, local] of Object.entries(exportOverrides[id] ?? {})) exports.set(name, local);
    const lines = [];
    for (const imp of mod.imports) {
      const dep = parsed.get(imp.id);
      const depVar = varOf.get(imp.id);
      const has = (name) =>
        dep.exports.some(([e]) => e === name) || Object.hasOwn(exportOverrides[imp.id] ?? {}, name);
      if (imp.def) {
        if (!has("default")) throw new Error(`${id}: ${imp.id} has no default export`);
        lines.push(`const ${imp.def} = ${depVar}.default;`);
      }
      if (imp.ns) lines.push(`const ${imp.ns} = ${depVar};`);
      for (const [imported, local] of imp.named) {
        if (!has(imported)) throw new Error(`${id}: ${imp.id} does not export "${imported}"`);
        lines.push(`const ${local} = ${depVar}.${imported};`);
      }
    }
    const getters = [...exports].map(([name, local]) => `get ${JSON.stringify(name)}() { return ${local}; }`);
    parts.push(
      `// ---- ${id}\nconst ${varOf.get(id)} = await (async () => {\n${lines.join("\n")}${lines.length ? "\n" : ""}` +
        `${mod.body.replace(/\s+$/, "")}\n` +
        `return Object.freeze({ __proto__: null, ${getters.join(", ")} });\n})();\n`,
    );
  }
  return { code: parts.join("\n"), order };
}

// ---------------------------------------------------------------------------
// The single HTML file.

const sha = (alg, data, enc = "base64") => createHash(alg).update(data).digest(enc);

/** Makes text safe inside <script>…</script> without changing what JavaScript reads. */
export function scriptSafe(code) {
  return code.replace(/<(\/script|!--)/gi, "\\x3C$1");
}

/** Module entries, stylesheets and the rest of index.html. */
function readIndex(html) {
  // A stylesheet inside <noscript> is not the page's: it applies only without scripts.
  html = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, "");
  const scripts = [...html.matchAll(/<script\s+type="module"\s+src="([^"]+)"\s*><\/script>\s*\n?/g)];
  const styles = [...html.matchAll(/<link\s+rel="stylesheet"\s+href="([^"]+)"\s*\/?>\s*\n?/g)];
  return { scripts, styles };
}

/**
 * Builds the one-file checker from www/ (index.html, its modules, style.css, pkg/).
 * @returns {{html: string, scriptHash: string, styleHash: string, modules: string[]}}
 */
export function buildSingleHtml(www) {
  const read = (id) => readFileSync(join(www, id), "utf8");
  let html = read("index.html").replace(/\r\n?/g, "\n");
  const { scripts, styles } = readIndex(html);
  const entries = scripts.map((m) => m[1]).filter((src) => src !== "sw-register.js");
  if (!entries.length) throw new Error("index.html has no module entry");
  if (!styles.length) throw new Error("index.html links no stylesheet");

  const wasm = readFileSync(join(www, "pkg", "wic389_bg.wasm"));
  const wasmInit = [
    "// Single-file build: the module travels in this file, so init() never fetches.",
    `const __wic389_wasm = ${JSON.stringify(wasm.toString("base64"))};`,
    "async function __wic389_inline_init() {",
    "  return initSync({ module: Uint8Array.from(atob(__wic389_wasm), (c) => c.charCodeAt(0)) });",
    "}",
  ].join("\n");
  const { code, order } = bundle(entries, {
    read,
    appendSource: { "pkg/wic389.js": wasmInit },
    exportOverrides: { "pkg/wic389.js": { default: "__wic389_inline_init" } },
  });
  const script = `\n${scriptSafe(code)}`;

  let css = "";
  for (const [, href] of styles) {
    const text = read(href).replace(/\r\n?/g, "\n");
    if (/@import/i.test(text)) throw new Error(`${href}: @import cannot be inlined`);
    for (const u of text.matchAll(/url\(\s*["']?([^"')]*)/gi)) {
      if (!u[1].startsWith("data:") && !u[1].startsWith("#")) throw new Error(`${href}: url(${u[1]}) would not travel`);
    }
    if (/<\/style/i.test(text)) throw new Error(`${href}: contains "</style"`);
    css += text;
  }
  const style = `\n${css}`;
  const scriptHash = `sha256-${sha("sha256", script)}`;
  const styleHash = `sha256-${sha("sha256", style)}`;
  const csp =
    `default-src 'none'; script-src '${scriptHash}' 'wasm-unsafe-eval'; style-src '${styleHash}'; ` +
    "img-src data:; base-uri 'none'; form-action 'none'";

  const cspMeta = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;
  if (!cspMeta.test(html)) throw new Error("index.html has no CSP meta to replace");
  html = html.replace(cspMeta, () => `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  html = html.replace(/<link\s+rel="modulepreload"[^>]*>\s*\n?/g, "");
  // Classic helper scripts (js/boot-guard.js) guard against files failing to
  // arrive; in one file nothing can fail to arrive, so they are left out.
  html = html.replace(/<script\s+src="[^"]+"(\s+defer)?\s*><\/script>\s*\n?/g, "");
  // The prerendered start and question (index.html) are for a page whose
  // scripts may arrive late; here the app is in the file, so it renders them.
  html = html.replace(/\s*<!-- prerender:[\s\S]*?<!-- \/prerender -->/, "");
  html = html.replace(/<noscript><link\s+rel="stylesheet"[^>]*><\/noscript>\s*\n?/g, "");
  // Replace the first stylesheet and the first module script; drop the rest.
  let first = true;
  html = html.replace(/<link\s+rel="stylesheet"\s+href="[^"]+"\s*\/?>\s*\n?/g, () => {
    const keep = first ? `<style>${style}</style>\n` : "";
    first = false;
    return keep;
  });
  first = true;
  html = html.replace(/<script\s+type="module"\s+src="[^"]+"\s*><\/script>\s*\n?/g, () => {
    const keep = first ? `<script type="module">${script}</script>\n` : "";
    first = false;
    return keep;
  });
  if (/\s(src|href)="(?!data:|#|https?:)[^"]+"/.test(html.replace(/<script type="module">[\s\S]*<\/script>/, ""))) {
    throw new Error("the single file still refers to a relative file");
  }
  return { html, scriptHash, styleHash, modules: order };
}

// ---------------------------------------------------------------------------
// Service-worker precache list, SRI hashes, snippets.

/** The files the page needs offline: index.html, its module graph, stylesheets, the wasm. */
export function precacheFiles(www) {
  const read = (id) => readFileSync(join(www, id), "utf8");
  const html = read("index.html");
  const { scripts, styles } = readIndex(html);
  const { order } = bundle(
    scripts.map((m) => m[1]),
    { read },
  );
  const classic = [...html.matchAll(/<script\s+src="([^"]+)"(?:\s+defer)?\s*><\/script>/g)].map((m) => m[1]);
  const noscript = [...html.matchAll(/<noscript><link\s+rel="stylesheet"\s+href="([^"]+)"/g)].map((m) => m[1]);
  // (readIndex leaves <noscript> stylesheets out; they are precached too.)
  return ["index.html", ...styles.map((m) => m[1]), ...noscript, ...classic, ...order, "pkg/wic389_bg.wasm"];
}

/** Version = the first 16 hex digits of a SHA-256 over every file's name and bytes. */
export function precacheVersion(www, files) {
  const h = createHash("sha256");
  for (const f of files) {
    h.update(`${f}\0`);
    h.update(readFileSync(join(www, f)));
    h.update("\0");
  }
  return h.digest("hex").slice(0, 16);
}

/** Writes www/precache.js (the service worker's list and version); returns them. */
export function writePrecache(www) {
  const files = precacheFiles(www);
  const version = precacheVersion(www, files);
  writeFileSync(
    join(www, "precache.js"),
    `// Generated by scripts/build-single.mjs: do not edit, do not commit.\n` +
      `self.WIC389_PRECACHE = ${JSON.stringify({ version, files }, null, 2)};\n`,
  );
  return { files, version };
}

/** Files a host links to, or that the element and the frame fetch. */
const RELEASED = [
  "embed/wic389-check.js",
  "embed/wic389-check.css",
  "embed/frame.html",
  "embed/frame.css",
  "embed/frame.js",
  "embed/frame-host.js",
  "app.js",
  "style.css",
  "pkg/wic389.js",
  "pkg/wic389_bg.wasm",
];

function snippets(sri) {
  return `wic389 embed snippets, generated by scripts/build-single.mjs for this build (docs/EMBED.md
explains each). Replace https://checker.example.org/wic389/ with where you host www/, and
https://court.example.gov with your page's origin.

1. Custom element. Host page CSP (checker on your own origin):
   default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:
   (on another origin: add it to script-src, style-src and connect-src; it must send CORS headers)

<script type="module" src="https://checker.example.org/wic389/embed/wic389-check.js"
        integrity="${sri["embed/wic389-check.js"]}" crossorigin="anonymous"></script>
<wic389-check lang="en" heading-level="2"></wic389-check>

2. Iframe. Host page CSP: script-src 'self'; frame-src https://checker.example.org
   Checker server, HTTP header on embed/frame.html:
   Content-Security-Policy: frame-ancestors https://court.example.gov

<iframe src="https://checker.example.org/wic389/embed/frame.html?host=https://court.example.gov"
        title="Check when you can ask to seal foster care records" data-wic389-frame></iframe>
<script src="/js/frame-host.js" integrity="${sri["embed/frame-host.js"]}"></script>
   (frame-host.js: copy www/embed/frame-host.js to your site)

3. One file (its CSP is inside it). dist/wic389.html ${sri["dist/wic389.html"]}

<a href="/wic389/wic389.html" download>Download the checker (one file, works offline)</a>

SRI covers only the files named above: not the modules the element imports, not the
wasm that init() fetches, not the stylesheets linked into the shadow root.
`;
}

// ---------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const www = join(root, "www");
  const dist = join(root, "dist");
  mkdirSync(dist, { recursive: true });

  const { html, modules } = buildSingleHtml(www);
  const out = join(dist, "wic389.html");
  writeFileSync(out, html);
  const gz = gzipSync(html, { level: 9 }).length;
  console.log(`[build] dist/wic389.html: ${html.length} bytes, ${gz} gzip -9 (${modules.length} modules)`);

  const { files, version } = writePrecache(www);
  console.log(`[build] www/precache.js: ${files.length} files, version ${version}`);

  const sri = {};
  for (const f of RELEASED) {
    if (existsSync(join(www, f))) sri[f] = `sha384-${sha("sha384", readFileSync(join(www, f)))}`;
  }
  sri["dist/wic389.html"] = `sha384-${sha("sha384", html)}`;
  writeFileSync(join(dist, "integrity.json"), `${JSON.stringify(sri, null, 2)}\n`);
  writeFileSync(join(dist, "EMBED-SNIPPETS.txt"), snippets(sri));
  console.log(`[build] dist/integrity.json, dist/EMBED-SNIPPETS.txt: ${Object.keys(sri).length} files`);
}
