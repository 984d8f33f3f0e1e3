/**
 * An uploaded SVG logo made safe to serve and to show: DOMPurify (on a jsdom window) keeps the
 * SVG profile only, so scripts, event handlers (onload=...), foreignObject and anything HTML go;
 * a hook then removes every external reference: href/xlink:href other than a fragment of the
 * document itself (#id), url(...) to anything but a fragment in attributes and <style>, and
 * @import. What is left is parsed as XML again and must still be an <svg>.
 */
import DOMPurify from "dompurify";
import { JSDOM } from "jsdom";

const SVG_NS = "http://www.w3.org/2000/svg";
const window = new JSDOM("").window;
const purify = DOMPurify(window);

const EXTERNAL_URL = /url\(\s*(?!['"]?#)[^)]*\)/gi;
const LINK_ATTRIBUTES = new Set(["href", "xlink:href", "src"]);

purify.addHook("uponSanitizeAttribute", (_node, data) => {
  const name = data.attrName.toLowerCase();
  const value = data.attrValue.trim();
  if (LINK_ATTRIBUTES.has(name) && !value.startsWith("#")) data.keepAttr = false;
  if (EXTERNAL_URL.test(value)) data.keepAttr = false;
  EXTERNAL_URL.lastIndex = 0;
});

purify.addHook("uponSanitizeElement", (node, data) => {
  if (data.tagName !== "style") return;
  const css = node.textContent ?? "";
  if (/@import/i.test(css) || EXTERNAL_URL.test(css)) node.textContent = css.replace(/@import[^;]*;?/gi, "").replace(EXTERNAL_URL, "none");
  EXTERNAL_URL.lastIndex = 0;
});

export class SvgRefused extends Error {}

/** The sanitised document (UTF-8 text with the SVG namespace), or SvgRefused when nothing of an SVG is left. */
export function sanitiseSvg(text: string): string {
  const fragment = purify.sanitize(text, {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ["foreignObject", "script", "iframe", "embed", "object", "audio", "video", "animate", "set"],
    RETURN_DOM_FRAGMENT: true,
  });
  const root = fragment.firstElementChild;
  if (root?.localName !== "svg" || root.namespaceURI !== SVG_NS) throw new SvgRefused("is not an SVG document");
  // Serialised as XML (an <img> or a browser opening the file reads XML), then read back as XML once more.
  const xml = new window.XMLSerializer().serializeToString(root);
  const doc = new window.DOMParser().parseFromString(xml, "image/svg+xml");
  if (doc.documentElement.localName !== "svg" || doc.getElementsByTagName("parsererror").length > 0)
    throw new SvgRefused("is not well-formed SVG");
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}
