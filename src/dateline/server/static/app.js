// dateline timeline page. Plain DOM, no framework, no third-party code.
// Security: every value from the ledger reaches the page through textContent or an SVG/HTML
// attribute set with setAttribute on a fixed name, never through innerHTML; links are kept only
// for http(s) URLs. The server's Content-Security-Policy forbids inline script as a second wall.
"use strict";

const CERTAINTY = ["asserted", "reported", "hedged", "unconfirmed", "denied"];
const DAY = 86400000;
const SVG = "http://www.w3.org/2000/svg";

const state = {
  entity: null, // the name the user asked for
  stats: null,
  timeline: [],
  status: null,
  events: [],
  selectedEvent: null,
  selectedReport: null,
  asOf: null, // "YYYY-MM-DD" or null for latest
  docCache: new Map(),
  contradictions: new Map(), // claim key → the ledger's contradictions of that claim
};

// -- small DOM helpers ---------------------------------------------------------------------------
function $(id) { return document.getElementById(id); }

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else node.setAttribute(name, String(value));
  }
  for (const child of children) append(node, child);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  for (const child of children) append(node, child);
  return node;
}

function append(node, child) {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) { child.forEach((c) => append(node, c)); return; }
  node.append(child instanceof Node ? child : document.createTextNode(String(child)));
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

function safeHref(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch (_) { return null; }
}

function show(id, visible = true) { $(id).hidden = !visible; }

function message(text) {
  const box = $("message");
  box.textContent = text || "";
  box.hidden = !text;
}

// -- dates ---------------------------------------------------------------------------------------
function parseDay(text) { return text ? Date.parse(text + "T00:00:00Z") : NaN; }
function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }

// -- API -----------------------------------------------------------------------------------------
async function api(path, params) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) if (v) url.searchParams.set(k, v);
  const response = await fetch(url, { headers: { accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail : response.statusText;
    const error = new Error(detail);
    error.status = response.status;
    throw error;
  }
  return body;
}

// -- search --------------------------------------------------------------------------------------
async function suggest(text) {
  if (!text || text.length < 2) return;
  try {
    const page = await api("/api/entities", { q: text, limit: 10 });
    const list = $("suggestions");
    clear(list);
    for (const e of page.items) list.append(el("option", { value: e.name }));
  } catch (_) { /* suggestions are optional */ }
}

async function search(text) {
  message("");
  text = text.trim();
  if (!text) return;
  try {
    await openEntity(text);
  } catch (error) {
    if (error.status !== 404) { message(error.message); return; }
    const page = await api("/api/entities", { q: text, limit: 20 }).catch(() => ({ items: [] }));
    showResults(page.items, text);
  }
}

function showResults(items, text) {
  const list = $("result-list");
  clear(list);
  if (!items.length) {
    message(`No entity matches “${text}”.`);
    show("results", false);
    return;
  }
  for (const e of items) {
    const button = el("button", { type: "button", class: "link" }, e.name);
    button.addEventListener("click", () => openEntity(e.name).catch((err) => message(err.message)));
    list.append(el("li", {}, button, " ", el("span", { class: "muted" }, `${e.kind} · ${e.claims} claims · ${e.documents} documents`)));
  }
  show("results", true);
}

async function openEntity(name) {
  const params = { as_of: state.asOf };
  const enc = encodeURIComponent(name);
  const [timeline, status] = await Promise.all([
    api(`/api/entities/${enc}/timeline`, params),
    api(`/api/entities/${enc}/status`, params),
  ]);
  const features = state.stats ? state.stats.features : [];
  const [clusters, contradictions] = await Promise.all([
    features.includes("clusters") ? api(`/api/entities/${enc}/clusters`, params).catch(() => null) : null,
    features.includes("contradictions") ? api(`/api/entities/${enc}/contradictions`, params).catch(() => []) : [],
  ]);
  state.contradictions = new Map();
  for (const c of contradictions || []) {
    const key = claimKey(c.claim.claim);
    if (!state.contradictions.has(key)) state.contradictions.set(key, []);
    state.contradictions.get(key).push(c);
  }
  state.entity = name;
  state.timeline = timeline;
  state.status = status;
  state.events = groupEvents(timeline, status, clusters);
  if (location.hash !== "#entity=" + enc) history.replaceState(null, "", "#entity=" + enc);
  show("results", false);
  renderStatus();
  renderTimeline();
  await renderSources();
  const keep = state.selectedEvent && state.events.find((e) => e.key === state.selectedEvent.key);
  if (keep) selectEvent(keep, state.selectedReport);
  else { state.selectedEvent = null; show("evidence-panel", false); }
}

// -- events: claims grouped into one event with its reports ---------------------------------------
function claimDates(entry) {
  const c = entry.claim;
  const start = parseDay(c.event_earliest);
  if (!Number.isNaN(start)) {
    const end = parseDay(c.event_latest);
    return { start, end: Number.isNaN(end) ? start : end, dated: true };
  }
  const published = parseDay(entry.published);
  return { start: published, end: published, dated: false };
}

function claimKey(claim) { return claim.doc_id + "/" + claim.claim_id; }

function isContradicted(entry, status) {
  if (entry.contradicted_by && entry.contradicted_by.length) return true;
  if (state.contradictions && state.contradictions.has(claimKey(entry.claim))) return true;
  // The status assessment lists death claims as evidence against life; a proof-of-life bound
  // later than the claimed event contradicts it.
  if (!status || !status.proof_of_life) return false;
  const against = (status.evidence_against || []).some(
    (e) => e.claim.doc_id === entry.claim.doc_id && e.claim.claim_id === entry.claim.claim_id);
  if (!against) return false;
  const { end } = claimDates(entry);
  return !Number.isNaN(end) && parseDay(status.proof_of_life) > end;
}

function groupEvents(timeline, status, clusters) {
  const byClaim = new Map();
  if (Array.isArray(clusters)) {
    clusters.forEach((cluster, i) => {
      for (const m of cluster.claims || cluster.members || cluster.reports || []) {
        const id = m.claim ? m.claim.claim_id : m.claim_id;
        const doc = m.claim ? m.claim.doc_id : m.doc_id;
        byClaim.set(doc + "/" + id, "cluster-" + (cluster.cluster_id || i));
      }
    });
  }
  const events = new Map();
  for (const entry of timeline) {
    const c = entry.claim;
    const dates = claimDates(entry);
    if (Number.isNaN(dates.start)) continue;
    const cluster = byClaim.get(c.doc_id + "/" + c.claim_id) || (entry.cluster_id ? "cluster-" + entry.cluster_id : null);
    const key = cluster || (dates.dated
      ? [c.predicate, c.polarity, c.event_earliest, c.event_latest].join("|")
      : ["undated", c.predicate, c.polarity, entry.published].join("|"));
    if (!events.has(key)) events.set(key, { key, reports: [], start: dates.start, end: dates.end, dated: dates.dated });
    const event = events.get(key);
    event.reports.push(entry);
    event.start = Math.min(event.start, dates.start);
    event.end = Math.max(event.end, dates.end);
  }
  for (const event of events.values()) {
    const first = event.reports[0].claim;
    event.predicate = first.predicate;
    event.polarity = first.polarity;
    event.place = event.reports.map((r) => r.claim.place).find(Boolean) || null;
    event.time = first.event_time;
    event.certainty = CERTAINTY[Math.min(...event.reports.map((r) => CERTAINTY.indexOf(r.claim.certainty)).filter((i) => i >= 0), 4)];
    event.contradicted = event.reports.some((r) => isContradicted(r, status));
  }
  return [...events.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

function eventLabel(event) {
  const verb = (event.polarity === "negated" ? "not " : "") + event.predicate.replace(/_/g, " ");
  const place = event.place ? ` (${event.place})` : "";
  const when = event.dated ? (event.time || isoDay(event.start)) : `undated, reported ${isoDay(event.start)}`;
  const n = event.reports.length;
  return `${verb}${place} · ${when} · ${n} report${n === 1 ? "" : "s"}`;
}

// -- status --------------------------------------------------------------------------------------
function renderStatus() {
  const s = state.status;
  $("entity-name").textContent = s.name;
  const summary = $("status-summary");
  summary.textContent = s.summary;
  summary.className = "summary status-" + s.status;
  const facts = $("status-facts");
  clear(facts);
  const add = (term, value) => { if (value) facts.append(el("dt", {}, term), el("dd", {}, value)); };
  add("status", s.status.replace(/_/g, " "));
  add("as of", s.as_of || "latest documents");
  add("proof of life", s.proof_of_life ? `no earlier than ${s.proof_of_life}` : null);
  add("on the basis of", s.proof_of_life_basis);
  add("condition", s.condition);
  add("latest death claim", s.latest_death_claim);
  const strongest = (e) => e && `${e.claim.claimant || e.outlet || "the outlet"} (${e.claim.certainty}, ${e.published || "undated"}): ${e.claim.evidence}`;
  add("strongest for", strongest(s.strongest_for));
  add("strongest against", strongest(s.strongest_against));
  add("evidence", `${s.evidence_for.length} for life · ${s.evidence_against.length} death claims`);
  show("status-panel", true);
}

// -- timeline ------------------------------------------------------------------------------------
function renderLegend() {
  const legend = $("legend");
  clear(legend);
  for (const c of CERTAINTY) legend.append(el("li", {}, el("span", { class: "swatch sw-" + c }), c));
  legend.append(el("li", {}, el("span", { class: "swatch sw-contradicted" }), "contradicted"));
  legend.append(el("li", {}, el("span", { class: "swatch sw-life" }), "proof of life"));
}

function renderTimeline() {
  renderLegend();
  const box = $("timeline");
  clear(box);
  const list = $("event-list");
  clear(list);
  show("timeline-panel", true);
  const events = state.events;
  if (!events.length) {
    box.append(el("p", { class: "muted" }, "No dated claims about this entity in the documents up to this date."));
    return;
  }
  const life = parseDay(state.status.proof_of_life);
  let lo = Math.min(...events.map((e) => e.start));
  let hi = Math.max(...events.map((e) => e.end), Number.isNaN(life) ? -Infinity : life);
  const pad = Math.max((hi - lo) * 0.04, 15 * DAY);
  lo -= pad; hi += pad;
  const width = Math.max(box.clientWidth || 600, 320);
  const left = 8, right = 8, top = 26, row = 30;
  const height = top + events.length * row + 10;
  const x = (t) => left + ((t - lo) / (hi - lo)) * (width - left - right);
  const chart = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "Timeline of claims" });
  chart.append(axis(lo, hi, x, height, width));
  if (!Number.isNaN(life)) {
    const lx = x(life);
    const text = `proof of life ≥ ${state.status.proof_of_life}`;
    const anchor = lx + 8 + text.length * 7 > width ? "end" : "start";
    chart.append(svg("g", { class: "life" },
      svg("line", { x1: lx, x2: lx, y1: 14, y2: height - 4 }),
      svg("text", { x: anchor === "end" ? lx - 4 : lx + 4, y: 22, "text-anchor": anchor }, text)));
  }
  events.forEach((event, i) => {
    const y = top + i * row;
    const x1 = x(event.start);
    const x2 = Math.max(x(event.end + DAY), x1 + 8);
    const contradicted = event.contradicted ? " contradicted" : "";
    const group = svg("g", {
      class: `event${contradicted}${event.dated ? "" : " undated"}`, tabindex: 0, role: "button",
      "data-key": event.key, "aria-label": eventLabel(event) + (event.contradicted ? " · contradicted" : ""),
    });
    const span = event.end > event.start;
    group.append(span || !event.dated
      ? svg("rect", { class: `mark c-${event.certainty}`, x: x1, y: y + 6, width: x2 - x1, height: 14, rx: 3 })
      : svg("circle", { class: `mark c-${event.certainty}`, cx: x1 + 4, cy: y + 13, r: 7 }));
    // The label goes on the side with room; on a narrow screen it is shortened (the list
    // below the chart has it in full).
    const flag = event.contradicted ? "✕ contradicted · " : "";
    const roomRight = width - x2 - 8, roomLeft = x1 - 8;
    const onRight = roomRight >= roomLeft || roomRight > (flag.length + eventLabel(event).length) * 6.3;
    const chars = Math.floor((onRight ? roomRight : roomLeft) / 6.3) - flag.length;
    let label = eventLabel(event);
    if (label.length > chars) label = chars > 4 ? label.slice(0, chars - 1) + "…" : "";
    group.append(svg("text", { x: onRight ? x2 + 6 : x1 - 6, y: y + 17, "text-anchor": onRight ? "start" : "end" },
      flag ? svg("tspan", { class: "flag" }, flag) : null, label));
    group.addEventListener("click", () => selectEvent(event));
    group.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); selectEvent(event); } });
    chart.append(group);

    const button = el("button", { type: "button", class: "link" }, eventLabel(event));
    button.addEventListener("click", () => selectEvent(event));
    list.append(el("li", { class: event.contradicted ? "contradicted" : null, "data-key": event.key },
      el("span", { class: "swatch sw-" + event.certainty }), " ",
      event.contradicted ? el("span", { class: "flag" }, "contradicted: ") : null, button));
  });
  box.append(chart);
  if (state.selectedEvent) {
    for (const node of document.querySelectorAll(`[data-key="${CSS.escape(state.selectedEvent.key)}"]`)) node.classList.add("selected");
  }
}

function axis(lo, hi, x, height, width) {
  const g = svg("g", { class: "axis" });
  const years = (hi - lo) / (365 * DAY);
  const stepMonths = years > 6 ? 12 : years > 2.5 ? 6 : years > 1 ? 3 : 1;
  const d = new Date(lo);
  let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - (d.getUTCMonth() % stepMonths) + stepMonths, 1);
  let last = -Infinity;
  while (t < hi) {
    const tx = x(t);
    const date = new Date(t);
    const label = stepMonths === 12 || date.getUTCMonth() === 0 ? String(date.getUTCFullYear()) : isoDay(t).slice(0, 7);
    g.append(svg("line", { x1: tx, x2: tx, y1: 12, y2: height }));
    if (tx - last > 60 && tx < width - 30) { g.append(svg("text", { x: tx + 2, y: 10 }, label)); last = tx; }
    t = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + stepMonths, 1);
  }
  return g;
}

// -- evidence ------------------------------------------------------------------------------------
function selectEvent(event, report) {
  state.selectedEvent = event;
  for (const node of document.querySelectorAll(".event.selected, .event-list li.selected")) node.classList.remove("selected");
  for (const node of document.querySelectorAll(`[data-key="${CSS.escape(event.key)}"]`)) node.classList.add("selected");
  const list = $("reports");
  clear(list);
  event.reports.forEach((entry, i) => {
    const c = entry.claim;
    const item = el("li", { "data-index": i },
      el("span", { class: "certainty bg-" + c.certainty }, c.certainty), " ",
      el("strong", {}, c.claimant || entry.outlet || "the outlet"),
      c.claimant_anonymous ? el("span", { class: "muted" }, " (anonymous)") : null,
      el("br"),
      el("span", { class: "muted" }, [entry.outlet, entry.published].filter(Boolean).join(" · ")),
      entry.carriers && entry.carriers.length > 1
        ? el("span", { class: "muted" }, ` · carried by ${entry.carriers.length} outlets: ${entry.carriers.join(", ")}`) : null,
      isContradicted(entry, state.status) ? el("span", { class: "flag" }, " · contradicted") : null,
      (state.contradictions.get(claimKey(c)) || []).map((x) => el("span", { class: "why" }, x.summary)));
    item.addEventListener("click", () => openReport(entry, item));
    list.append(item);
  });
  show("evidence-panel", true);
  const index = report ? Math.max(0, event.reports.indexOf(report)) : 0;
  openReport(event.reports[index], list.children[index]);
}

async function openReport(entry, item) {
  state.selectedReport = entry;
  for (const li of $("reports").children) li.classList.toggle("selected", li === item);
  const c = entry.claim;
  let doc = state.docCache.get(c.doc_id);
  try {
    if (!doc) {
      doc = await api(`/api/documents/${encodeURIComponent(c.doc_id)}`);
      state.docCache.set(c.doc_id, doc);
    }
  } catch (error) { message(error.message); return; }
  if (state.selectedReport !== entry) return; // a later click won
  renderArticle(doc.document, c, entry);
}

function evidenceSpan(text, claim) {
  if (claim.evidence && text.slice(claim.start, claim.end) === claim.evidence) return [claim.start, claim.end];
  if (claim.evidence) {
    let best = -1;
    for (let i = text.indexOf(claim.evidence); i >= 0; i = text.indexOf(claim.evidence, i + 1)) {
      if (best < 0 || Math.abs(i - claim.start) < Math.abs(best - claim.start)) best = i;
    }
    if (best >= 0) return [best, best + claim.evidence.length];
  }
  return [Math.max(0, claim.start), Math.min(text.length, claim.end)];
}

function renderArticle(doc, claim, entry) {
  $("article-title").textContent = doc.title || "(untitled)";
  const meta = $("article-meta");
  clear(meta);
  const href = safeHref(doc.url);
  append(meta, [doc.outlet || "", doc.published ? ` · ${doc.published}` : "", doc.byline && doc.byline.length ? ` · ${doc.byline.join(", ")}` : ""]);
  if (href) append(meta, [" · ", el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")]);
  else if (doc.url) append(meta, [" · ", doc.url]);
  const box = $("article-text");
  clear(box);
  const text = doc.text;
  const [s, e] = evidenceSpan(text, claim);
  const paragraphs = doc.paragraphs && doc.paragraphs.length ? doc.paragraphs : [[0, text.length]];
  let mark = null;
  for (const [ps, pe] of paragraphs) {
    const p = el("p");
    if (e <= ps || s >= pe) p.textContent = text.slice(ps, pe);
    else {
      const a = Math.max(s, ps), b = Math.min(e, pe);
      const m = el("mark", { class: "evidence", "data-claim": claim.claim_id }, text.slice(a, b));
      append(p, [text.slice(ps, a), m, text.slice(b, pe)]);
      mark = mark || m;
    }
    box.append(p);
  }
  if (mark) {
    mark.id = "evidence";
    mark.scrollIntoView({ block: "center", behavior: "instant" });
  }
  const claimLine = `${claim.subject}: ${claim.polarity === "negated" ? "not " : ""}${claim.predicate.replace(/_/g, " ")}`
    + ` — ${claim.claimant || entry.outlet || "the outlet"} (${claim.certainty})`;
  $("article").setAttribute("aria-label", claimLine);
}

// -- sources -------------------------------------------------------------------------------------
async function renderSources() {
  const table = $("sources-table");
  clear(table);
  let rows = null;
  if (state.stats && state.stats.features.includes("sources")) {
    rows = await api("/api/sources", { as_of: state.asOf }).catch(() => null);
    if (rows && !Array.isArray(rows)) rows = rows.items || null;
    // The ledger-wide track records of the sources this timeline cites.
    const cited = new Set(state.timeline.flatMap((e) => [e.claim.claimant, e.outlet].filter(Boolean)));
    const mine = (rows || []).filter((r) => cited.has(r.source) || [...cited].some((c) => r.source && r.source.startsWith(c + " (")));
    if (mine.length) rows = mine;
  }
  if (!rows) rows = sourcesOfTimeline();
  if (!rows.length) { show("sources-panel", false); return; }
  const columns = Object.keys(rows[0]).filter((k) => typeof rows[0][k] !== "object" || rows[0][k] === null);
  table.append(el("thead", {}, el("tr", {}, columns.map((c) => el("th", { scope: "col" }, c.replace(/_/g, " "))))));
  table.append(el("tbody", {}, rows.map((r) => el("tr", {}, columns.map((c) =>
    el("td", { class: typeof r[c] === "number" ? "num" : null }, r[c] === null || r[c] === undefined ? "" : String(r[c])))))));
  show("sources-panel", true);
}

function sourcesOfTimeline() {
  const rows = new Map();
  for (const entry of state.timeline) {
    const c = entry.claim;
    const source = c.claimant || `${entry.outlet || "outlet"} (narration)`;
    const key = source + "|" + (entry.outlet || "");
    if (!rows.has(key)) rows.set(key, { source, outlet: entry.outlet || "", claims: 0, contradicted: 0, latest: "" });
    const row = rows.get(key);
    row.claims += 1;
    if (isContradicted(entry, state.status)) row.contradicted += 1;
    if ((entry.published || "") > row.latest) row.latest = entry.published;
  }
  return [...rows.values()].sort((a, b) => b.claims - a.claims || a.source.localeCompare(b.source));
}

// -- as-of slider --------------------------------------------------------------------------------
function setupAsOf(stats) {
  const slider = $("asof");
  const lo = parseDay(stats.published_min), hi = parseDay(stats.published_max);
  if (Number.isNaN(lo) || Number.isNaN(hi)) { slider.disabled = true; return; }
  const days = Math.round((hi - lo) / DAY);
  slider.max = String(days);
  slider.value = String(days);
  const label = () => {
    const day = isoDay(lo + Number(slider.value) * DAY);
    $("asof-label").textContent = Number(slider.value) >= days ? `${day} (latest)` : day;
    return day;
  };
  label();
  let timer = null;
  slider.addEventListener("input", () => {
    const day = label();
    clearTimeout(timer);
    timer = setTimeout(() => {
      state.asOf = Number(slider.value) >= days ? null : day;
      if (state.entity) openEntity(state.entity).catch((err) => message(err.message));
    }, 150);
  });
  $("asof-reset").addEventListener("click", () => {
    slider.value = String(days);
    slider.dispatchEvent(new Event("input"));
  });
}

// -- start ---------------------------------------------------------------------------------------
async function start() {
  try {
    state.stats = await api("/api/stats");
    $("ledger-info").textContent = `${state.stats.documents} documents · ${state.stats.claims} claims · ${state.stats.entities} entities`;
    setupAsOf(state.stats);
  } catch (error) { message(error.message); }
  $("search").addEventListener("submit", (ev) => { ev.preventDefault(); search($("q").value); });
  let timer = null;
  $("q").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => suggest($("q").value), 200); });
  window.addEventListener("resize", () => { if (state.events.length) renderTimeline(); });
  const match = /^#entity=(.+)$/.exec(location.hash);
  if (match) {
    const name = decodeURIComponent(match[1]);
    $("q").value = name;
    await search(name);
  }
  document.body.dataset.ready = "true";
}

document.addEventListener("DOMContentLoaded", start);
