// Keeps a page built days ago true for today: re-labels event and grant
// statuses, hides ended events and closed grants from the lists of current
// ones (showing the spare cards kept hidden below them), and corrects the
// counts. Without JavaScript the page shows the build date's state, and the
// footer says which date that was.
(function () {
  "use strict";
  var SOON_DAYS = 14;
  var now = new Date();
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  // Today in Japan, as YYYY-MM-DD, whatever the visitor's time zone.
  var jst = new Date(now.getTime() + 9 * 3600 * 1000);
  var today = jst.getUTCFullYear() + "-" + pad(jst.getUTCMonth() + 1) + "-" + pad(jst.getUTCDate());
  var labels = {
    upcoming: "開催予定", ongoing: "開催中", past: "終了",
    open: "募集中", "closing-soon": "締切間近", closed: "締切", rolling: "随時", "not-yet-open": "募集前"
  };
  var gone = { past: 1, closed: 1, "not-yet-open": 1 };
  function days(a, b) { return Math.round((Date.parse(b + "T00:00:00Z") - Date.parse(a + "T00:00:00Z")) / 86400000); }
  function eventStatus(el) {
    var start = Date.parse(el.getAttribute("data-start"));
    var end = Date.parse(el.getAttribute("data-end"));
    if (isNaN(start)) return null;
    if (now.getTime() < start) return "upcoming";
    if (!isNaN(end) && now.getTime() <= end) return "ongoing";
    return "past";
  }
  function grantStatus(el) {
    var opens = el.getAttribute("data-opens"), deadline = el.getAttribute("data-deadline");
    if (opens && today < opens) return "not-yet-open";
    if (el.getAttribute("data-rolling") === "true" || !deadline) return "rolling";
    if (today > deadline) return "closed";
    return days(today, deadline) <= SOON_DAYS ? "closing-soon" : "open";
  }
  var items = document.querySelectorAll(".status[data-kind]");
  for (var i = 0; i < items.length; i++) {
    var el = items[i];
    var status = el.getAttribute("data-kind") === "event" ? eventStatus(el) : grantStatus(el);
    if (!status) continue;
    el.textContent = labels[status];
    el.className = "status status-" + status;
  }
  // A list of current items shows those still current, at most data-shown of them.
  var lists = document.querySelectorAll("[data-current]");
  for (var l = 0; l < lists.length; l++) {
    var cards = lists[l].children, limit = +lists[l].getAttribute("data-shown") || 1e9, shown = 0;
    for (var c = 0; c < cards.length; c++) {
      var s = cards[c].querySelector(".status");
      var keep = !(s && gone[s.className.slice(14)]) && shown < limit;
      cards[c].hidden = !keep;
      if (keep) shown++;
    }
    var empty = lists[l].nextElementSibling;
    if (empty && empty.hasAttribute("data-empty")) empty.hidden = shown > 0;
    lists[l].hidden = shown === 0;
  }
  // Counts: less the items whose last day has passed, plus those that opened since.
  function sum(list, counted) {
    var total = 0, pairs = (list || "").split(" ");
    for (var p = 0; p < pairs.length; p++) {
      var kv = pairs[p].split(":");
      if (kv.length === 2 && counted(kv[0])) total += +kv[1];
    }
    return total;
  }
  var counts = document.querySelectorAll("[data-count]");
  for (var k = 0; k < counts.length; k++) {
    var n = +counts[k].getAttribute("data-count")
      - sum(counts[k].getAttribute("data-ends"), function (d) { return d < today; })
      + sum(counts[k].getAttribute("data-starts"), function (d) { return d <= today; });
    counts[k].textContent = n;
  }
})();
