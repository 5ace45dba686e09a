// Draws each method's allocation flame graph from the data its element carries (HtmlFlameGraph): frames as
// absolutely placed divs with widths in percent, so the graph fits any screen without measuring it. Root at the
// top; children in name order (as flamegraph.pl), so that switching bytes and objects keeps frames in place.
(() => {
  'use strict';
  const ROW = 18; // px per stack level
  const MIN_WIDTH = 0.1; // percent: narrower frames are not drawn (still counted), so 200 deep stacks stay quick
  const BYTES = 0, OBJECTS = 1;

  for (const element of document.querySelectorAll('.flame-graph[data-flame]')) {
    setUp(element);
  }

  function setUp(element) {
    const data = JSON.parse(element.dataset.flame);
    const nodes = [];
    const root = build(data, nodes);
    const frames = element.querySelector('.flame-frames');
    const unit = element.querySelector('.flame-unit');
    const search = element.querySelector('.flame-search');
    const matched = element.querySelector('.flame-matched');
    const state = { zoom: root, measure: BYTES, term: '' };
    const draw = () => {
      const started = performance.now();
      render(frames, state, nodes, data.diff);
      highlight(frames, state, nodes, root, matched);
      element.dataset.renderMs = (performance.now() - started).toFixed(2);
    };
    unit.addEventListener('change', () => { state.measure = unit.value === 'objects' ? OBJECTS : BYTES; draw(); });
    search.addEventListener('input', () => {
      state.term = search.value.trim().toLowerCase();
      highlight(frames, state, nodes, root, matched);
    });
    element.querySelector('.flame-reset').addEventListener('click', () => { state.zoom = root; draw(); });
    frames.addEventListener('click', event => {
      const frame = event.target.closest('.fr');
      if (frame) { state.zoom = nodes[frame.dataset.n]; draw(); }
    });
    draw();
  }

  // The stacks as a tree: each node has its name, its parent, its children by name, and per measure its weight
  // now (v) and before (w, in a differential graph).
  function build(data, nodes) {
    const node = (name, parent) => {
      const n = { n: nodes.length, name, parent, depth: parent ? parent.depth + 1 : 0, children: new Map(),
        v: [0, 0], w: [0, 0], leaf: false };
      nodes.push(n);
      return n;
    };
    const root = node('all', null);
    const weights = data.diff ? 4 : 2;
    for (const stack of data.stacks) {
      let at = root;
      add(at, stack, data.diff);
      for (let i = weights; i < stack.length; i++) {
        const name = data.frames[stack[i]];
        let child = at.children.get(name);
        if (!child) { child = node(name, at); at.children.set(name, child); }
        add(child, stack, data.diff);
        at = child;
      }
      at.leaf = true; // the allocated type
    }
    for (const n of nodes) {
      n.sorted = [...n.children.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    }
    return root;
  }

  function add(n, stack, diff) {
    n.v[BYTES] += stack[0];
    n.v[OBJECTS] += stack[1];
    if (diff) { n.w[BYTES] += stack[2]; n.w[OBJECTS] += stack[3]; }
  }

  function render(frames, state, nodes, diff) {
    const m = state.measure;
    const zoom = state.zoom;
    const total = zoom.v[m];
    const maxDelta = diff ? Math.max(...nodes.map(n => Math.abs(n.v[m] - n.w[m])), 1e-9) : 0;
    const out = document.createDocumentFragment();
    let deepest = 0;
    const place = (n, left, width) => {
      const div = document.createElement('div');
      div.className = 'fr ' + kind(n);
      div.dataset.n = n.n;
      div.style.left = left + '%';
      div.style.width = Math.min(width, 100 - left) + '%';
      div.style.top = (n.depth * ROW) + 'px';
      if (diff) { div.style.background = diffColour(n.v[m] - n.w[m], maxDelta); }
      div.textContent = n.name;
      div.title = n.name + '\n' + describe(n, m, diff) + ' (' + percent(n.v[m], total) + ' of the zoomed frame)';
      out.appendChild(div);
      deepest = Math.max(deepest, n.depth);
    };
    for (let n = zoom.parent; n; n = n.parent) { place(n, 0, 100); } // the path down to the zoomed frame
    const layout = (n, left, width) => {
      place(n, left, width);
      let x = left;
      for (const child of n.sorted) {
        const w = total > 0 ? child.v[m] / total * 100 : 0;
        if (w >= MIN_WIDTH) { layout(child, x, w); }
        x += w;
      }
    };
    layout(zoom, 0, 100);
    frames.style.height = ((deepest + 1) * ROW) + 'px';
    frames.replaceChildren(out);
  }

  function kind(n) {
    if (n.depth === 0) return 'root';
    if (n.leaf && n.children.size === 0) return 'type';
    if (n.name.startsWith('[')) return 'marker';
    return /^(java|javax|jdk|sun|com\.sun)\./.test(n.name) ? 'jdk' : 'user';
  }

  // Search: matching frames drawn highlighted; the share of the whole graph under a matching frame (counted once
  // where matches nest), in the measure shown.
  function highlight(frames, state, nodes, root, matched) {
    const term = state.term;
    const matches = n => term !== '' && n.name.toLowerCase().includes(term);
    for (const div of frames.children) {
      div.classList.toggle('match', matches(nodes[div.dataset.n]));
    }
    if (term === '') { matched.textContent = ''; return; }
    const m = state.measure;
    let sum = 0;
    const walk = n => { if (matches(n)) { sum += n.v[m]; } else { n.sorted.forEach(walk); } };
    walk(root);
    matched.textContent = 'Matched: ' + percent(sum, root.v[m]) + ' of ' + (m === BYTES ? 'bytes' : 'objects');
  }

  function describe(n, m, diff) {
    const unit = m === BYTES ? ' B' : ' obj';
    const now = figure(n.v[m]) + unit + ' per call';
    return diff ? figure(n.w[m]) + unit + ' before, ' + now + ' now' : now;
  }

  // Red for growth, blue for shrinkage, stronger the more it changed; grey where nothing did.
  function diffColour(delta, maxDelta) {
    if (Math.abs(delta) < 1e-9) return 'hsl(0, 0%, 78%)';
    const strength = 30 + Math.round(60 * Math.abs(delta) / maxDelta);
    return delta > 0 ? 'hsl(0, ' + strength + '%, 62%)' : 'hsl(220, ' + strength + '%, 62%)';
  }

  function figure(x) { return String(Math.round(x * 1000) / 1000); }
  function percent(part, whole) { return whole > 0 ? (Math.round(part / whole * 1000) / 10) + '%' : '0%'; }
})();
