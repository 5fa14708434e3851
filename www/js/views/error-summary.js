// The error summary (the GOV.UK pattern): at the top of the step, takes focus,
// one link per problem that moves focus to its field.
import { h } from "../dom.js";

/**
 * @param {object} ctx
 * @param {{errors: Array<object>, textOf: (err: object) => string, targetOf: (err: object) => string|null,
 *   find: (id: string) => Element|null}} p
 * @returns {{node: Element, focus: Element}|null}
 */
export function renderErrorSummary(ctx, { errors, textOf, targetOf, find }) {
  if (!errors?.length) return null;
  const titleId = `${ctx.idp}error-title`;
  const items = errors.map((err) => {
    const target = targetOf(err);
    if (!target) return h("li", {}, textOf(err));
    const follow = (e) => {
      e.preventDefault();
      const input = find(target);
      input?.focus();
      input?.scrollIntoView?.({ block: "center" });
    };
    return h("li", {}, h("a", { href: `#${target}`, on: { click: follow } }, textOf(err)));
  });
  const node = h(
    "div",
    { class: "wic389-error-summary", tabindex: "-1", role: "alert", "aria-labelledby": titleId, "data-wic389-error-summary": "" },
    h(ctx.H2, { class: "wic389-error-summary-title", id: titleId }, ctx.c.ui.errorSummaryTitle),
    h("ul", { class: "wic389-error-list" }, items),
  );
  return { node, focus: node };
}
