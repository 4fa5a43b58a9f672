// Re-labels event and grant status against today's date, so a page built
// days ago does not show a finished event as upcoming. Without JavaScript the
// labels of the build date stay, and the footer says which date that was.
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
})();
