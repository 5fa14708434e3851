// Tiny DOM helpers. Text always goes in as text nodes, never as HTML.

const SVG_NS = "http://www.w3.org/2000/svg";

/** Appends children (strings become text nodes; null/false are skipped; arrays are flattened). */
function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
  return node;
}

/** Sets attributes; `on` takes {event: handler}; `hidden: true` sets the attribute. */
function applyAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "on") {
      for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
    } else if (value === true) {
      node.setAttribute(key, "");
    } else {
      node.setAttribute(key, String(value));
    }
  }
  return node;
}

/** Creates an HTML element: h("p", {class: "x"}, "text", child). */
export function h(tag, attrs, ...children) {
  return append(applyAttrs(document.createElement(tag), attrs), children);
}

/** A document fragment holding these nodes (null ones skipped), for a screen of several parts. */
export function frag(...children) {
  return append(document.createDocumentFragment(), children);
}

/** Creates an SVG element with createElementNS. */
export function s(tag, attrs, ...children) {
  return append(applyAttrs(document.createElementNS(SVG_NS, tag), attrs), children);
}

/** Fills a "{name}" template with values (as plain text). */
export function fmt(template, vars = {}) {
  return String(template ?? "").replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
}

/** Removes every child of a node. */
export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}
