"""The Charts page's charts (pyqtgraph): trend with medication lanes, dose-cycle profile, labs.

pyqtgraph and numpy take most of a second to import, so nothing here is imported at start-up:
the main window imports :mod:`masto_diary.ui.pages.charts` only when the Charts page is first
shown, and that module imports these.  Keep this file free of imports for the same reason.

* :mod:`.inputs` — the measures computed once per load, shared by every chart;
* :mod:`.trend` — daily score, 7-day mean, injections, episodes, overdue periods, symptoms,
  with :mod:`.medication_lanes` underneath on the same time axis;
* :mod:`.cycle_profile` — median and IQR of the daily score by day since the injection;
* :mod:`.labs` — tryptase, total IgE and KIT D816V over time;
* :mod:`.summary` — before / on therapy figures;
* :mod:`.theme`, :mod:`.export` — colours (Okabe–Ito, light/dark), saving as PNG / SVG;
* :mod:`.common` — the day <-> x mapping, a menu-less plot, the chart panel;
* :mod:`.items` — items that draw many marks in one paint call (fast pan and zoom).
"""
