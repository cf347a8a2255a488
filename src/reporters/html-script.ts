/**
 * The inline script of index.html: verdict and level filters over the clause matrix, and links
 * that open a finding. It reads its data from the JSON island (never from HTML strings) and only
 * ever sets textContent, so nothing from the target can become markup.
 */
export const HTML_SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('crmc-data').textContent);
  var state = { verdict: 'all', level: 'all' };
  var rows = {};
  document.querySelectorAll('tr[data-clause]').forEach(function (row) { rows[row.getAttribute('data-clause')] = row; });

  function apply() {
    var shown = 0;
    data.clauses.forEach(function (clause) {
      var row = rows[clause.id];
      if (!row) return;
      var visible = (state.verdict === 'all' || clause.verdict === state.verdict) &&
        (state.level === 'all' || clause.level === state.level);
      row.hidden = !visible;
      if (visible) shown += 1;
    });
    document.querySelectorAll('[data-filter-verdict]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-filter-verdict') === state.verdict));
    });
    document.getElementById('matrix-count').textContent = shown + ' of ' + data.clauses.length + ' clauses shown';
  }

  document.querySelectorAll('[data-filter-verdict]').forEach(function (button) {
    button.addEventListener('click', function () {
      state.verdict = button.getAttribute('data-filter-verdict');
      apply();
    });
  });
  var level = document.getElementById('filter-level');
  level.addEventListener('change', function () { state.level = level.value; apply(); });

  function openFinding(anchor) {
    var target = document.getElementById(anchor);
    if (target && target.tagName === 'DETAILS') { target.open = true; target.scrollIntoView(); }
  }
  document.querySelectorAll('a[data-finding-link]').forEach(function (link) {
    link.addEventListener('click', function () { openFinding(link.getAttribute('href').slice(1)); });
  });
  function openFromHash() {
    if (location.hash.length > 1) openFinding(decodeURIComponent(location.hash.slice(1)));
  }
  window.addEventListener('hashchange', openFromHash);
  openFromHash();

  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    button.addEventListener('click', function () {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (source && navigator.clipboard) {
        navigator.clipboard.writeText(source.textContent).then(function () { button.textContent = 'copied'; });
      }
    });
  });
  apply();
})();
`;
