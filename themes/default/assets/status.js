// Keeps a page built days ago true for today: re-labels event and grant
// statuses, hides ended events and closed grants from the lists of current
// ones (showing the spare cards kept hidden below them), keeps the 今週末 and
// 今週 lists to this week's events, corrects the counts and marks today on
// the month calendars. Without JavaScript the page shows the build date's
// state, and the footer says which date that was.
// Written tersely: the theme's CSS and JS share a budget of 30 KB.
(function () {
  var now = Date.now(), D = 864e5;
  // The day in Japan of a moment, as YYYY-MM-DD, whatever the visitor's time zone.
  function day(t) { return new Date(t + 324e5).toISOString().slice(0, 10); }
  var today = day(now), wd = new Date(now + 324e5).getUTCDay();
  var labels = {
    upcoming: "開催予定", ongoing: "開催中", past: "終了",
    open: "募集中", "closing-soon": "締切間近", closed: "締切", rolling: "随時", "not-yet-open": "募集前"
  };
  var gone = { past: 1, closed: 1, "not-yet-open": 1 };
  function all(s, f) { [].forEach.call(document.querySelectorAll(s), f); }
  function at(el, a) { return el.getAttribute(a); }
  function status(el) {
    if (at(el, "data-kind") == "event") {
      var start = Date.parse(at(el, "data-start")), end = Date.parse(at(el, "data-end"));
      return isNaN(start) ? 0 : now < start ? "upcoming" : now <= end ? "ongoing" : "past";
    }
    var opens = at(el, "data-opens"), deadline = at(el, "data-deadline");
    return opens && today < opens ? "not-yet-open" : at(el, "data-rolling") == "true" || !deadline ? "rolling"
      : today > deadline ? "closed" : Date.parse(deadline) - Date.parse(today) <= 14 * D ? "closing-soon" : "open";
  }
  all(".status[data-kind]", function (el) {
    var s = status(el);
    if (s) { el.textContent = labels[s]; el.className = "status status-" + s; }
  });
  // Shows the cards whose status keep() accepts, at most data-shown of them;
  // the paragraph marked data-empty after the list says when none is left.
  function show(list, keep) {
    var n = 0, limit = +at(list, "data-shown") || 1e9, empty = list.nextElementSibling;
    [].forEach.call(list.children, function (c) { c.hidden = !(keep(c.querySelector(".status")) && n < limit && ++n); });
    if (empty && empty.hasAttribute("data-empty")) empty.hidden = n > 0;
    list.hidden = !n;
  }
  all("[data-current]", function (l) { show(l, function (s) { return !(s && gone[s.className.slice(14)]); }); });
  // 今週末 is Saturday and Sunday, 今週 today to Sunday: events not over that meet those days.
  all("[data-week]", function (l) {
    var last = day(now + (7 - wd) % 7 * D), first = at(l, "data-week") == "end" && wd ? day(now + (6 - wd) * D) : today;
    show(l, function (s) {
      return s.className != "status status-past" && day(Date.parse(at(s, "data-start"))) <= last && day(Date.parse(at(s, "data-end"))) >= first;
    });
  });
  // Counts: less the items whose last day has passed, plus those that opened since.
  function sum(list, counted) {
    var total = 0;
    (list || "").split(" ").forEach(function (p) { p = p.split(":"); if (p[1] && counted(p[0])) total += +p[1]; });
    return total;
  }
  all("[data-count]", function (el) {
    el.textContent = at(el, "data-count") - sum(at(el, "data-ends"), function (d) { return d < today; })
      + sum(at(el, "data-starts"), function (d) { return d <= today; });
  });
  all('[data-day="' + today + '"]', function (el) { el.setAttribute("aria-current", "date"); });
})();
