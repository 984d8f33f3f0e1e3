/*
 * Lineup's "want to see" toggle and planner helper (issue 17 §2). A static file, the same bytes
 * for every reader; pages allow it by its hash (lib/planner-script.ts) and nothing else runs.
 * Wanted films live in this browser (localStorage) and in the planner's address; never on a server.
 *
 * - Each "Want to see" link (a[data-want], to the planner with that film) becomes a button with
 *   aria-pressed; a bar links to the planner with every wanted film.
 * - On the planner page: the address's films become the wanted ones; a bare visit opens the
 *   stored wish; the plan as shown is remembered (kept) so the next visit hears what a newer
 *   release cancelled or moved; focus moves to the result's heading.
 */
(() => {
  const match = /^\/(?:[a-z]{2}(?:-[A-Za-z]{2})?\/)?schedule\/([^/]+)/.exec(location.pathname);
  if (!match) return;
  const slug = match[1];
  const base = location.pathname.slice(0, match.index + match[0].length);
  const key = (what) => `lineup-${what}:${slug}`;
  const read = (what) => {
    try {
      return localStorage.getItem(key(what)) || "";
    } catch {
      return "";
    }
  };
  const write = (what, value) => {
    try {
      if (value) localStorage.setItem(key(what), value);
      else localStorage.removeItem(key(what));
    } catch {
      /* storage refused (private mode): the links still work */
    }
  };
  const ids = (text) => (text || "").split(",").filter((t) => /^\d+$/.test(t));
  const wanted = () => ids(read("films"));
  const plannerAddress = () => {
    const q = new URLSearchParams();
    q.set("films", wanted().join(","));
    const must = ids(read("must")).filter((id) => wanted().includes(id));
    if (must.length) q.set("must", must.join(","));
    if (read("kept")) q.set("kept", read("kept"));
    return `${base}/planner?${q.toString().replace(/%2C/g, ",").replace(/%3A/g, ":")}`;
  };

  // The bar's words in the page's language, from the first toggle's data- attributes (English without them).
  const words = { label: "Your plan", one: "Plan my 1 film →", many: "Plan my {n} films →" };

  function updateBar() {
    let bar = document.getElementById("planner-bar");
    const n = wanted().length;
    if (n === 0) {
      if (bar) bar.hidden = true;
      return;
    }
    if (!bar) {
      bar = document.createElement("nav");
      bar.id = "planner-bar";
      bar.className = "planner-bar";
      bar.setAttribute("aria-label", words.label);
      bar.appendChild(document.createElement("a"));
      document.body.appendChild(bar);
    }
    bar.hidden = false;
    const link = bar.firstChild;
    link.href = plannerAddress();
    link.textContent = n === 1 ? words.one : words.many.replace("{n}", String(n));
  }

  function press(button) {
    const mine = ids(button.dataset.want);
    const all = wanted();
    button.setAttribute("aria-pressed", String(mine.every((id) => all.includes(id))));
  }

  function toggle(button) {
    const mine = ids(button.dataset.want);
    const all = wanted();
    const on = mine.every((id) => all.includes(id));
    const next = on ? all.filter((id) => !mine.includes(id)) : all.concat(mine.filter((id) => !all.includes(id)));
    write("films", next.join(","));
    for (const b of document.querySelectorAll("button[data-want]")) press(b);
    updateBar();
  }

  function buttons() {
    const first = document.querySelector("a[data-want]");
    if (first?.dataset.barLabel) words.label = first.dataset.barLabel;
    if (first?.dataset.barOne) words.one = first.dataset.barOne;
    if (first?.dataset.barMany) words.many = first.dataset.barMany;
    for (const link of document.querySelectorAll("a[data-want]")) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = link.className;
      button.dataset.want = link.dataset.want;
      while (link.firstChild) button.appendChild(link.firstChild);
      button.addEventListener("click", () => toggle(button));
      link.replaceWith(button);
      press(button);
    }
    updateBar();
  }

  function planner(main) {
    const here = new URLSearchParams(location.search);
    const films = ids(here.getAll("films").join(","));
    if (films.length === 0 && wanted().length > 0) {
      location.replace(plannerAddress());
      return;
    }
    if (films.length > 0 && !here.get("kept") && read("kept")) {
      here.set("kept", read("kept"));
      location.replace(`${location.pathname}?${here.toString().replace(/%2C/g, ",").replace(/%3A/g, ":")}`);
      return;
    }
    if (films.length > 0) {
      write("films", films.join(","));
      write("must", ids(here.getAll("must").join(",")).join(","));
    }
    if (main.dataset.kept) write("kept", main.dataset.kept);
    const heading = document.getElementById("plan-result");
    if (heading && films.length > 0) heading.focus();
  }

  const start = () => {
    const main = document.querySelector("main[data-planner]");
    // the planner page is the plan: no link to itself
    if (main) planner(main);
    else buttons();
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
