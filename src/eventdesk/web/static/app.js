/* Charts of the eventdesk pages, drawn with the plotly.js this server serves. The data is embedded in the
   page (<script type="application/json" id="chart-data">); nothing is fetched from anywhere else. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("chart-data").textContent);
  var QUADS = [["verbal_coop", "verbal cooperation", "#4e79a7"], ["material_coop", "material cooperation", "#59a14f"],
               ["verbal_conflict", "verbal conflict", "#f28e2b"], ["material_conflict", "material conflict", "#e15759"]];
  var CONFIG = {displaylogo: false, responsive: true};
  var LAYOUT = {margin: {l: 48, r: 16, t: 16, b: 40}, barmode: "stack", font: {family: "system-ui, sans-serif", size: 12},
                legend: {orientation: "h", y: -0.2}, paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)"};

  function layout(extra) { return Object.assign({}, LAYOUT, extra || {}); }

  function quadBars(rows) {
    return QUADS.map(function (q) {
      return {type: "bar", name: q[1], marker: {color: q[2]}, x: rows.map(function (r) { return r.period; }),
              y: rows.map(function (r) { return r[q[0]]; })};
    });
  }

  // an empty store or dyad: a sentence, not axes of an arbitrary year
  function empty(el, rows, what) {
    if (rows.length) { return false; }
    el = typeof el === "string" ? document.getElementById(el) : el;
    el.classList.add("empty");
    el.textContent = what;
    return true;
  }

  function timeline(d) {
    if (empty("chart-timeline", d.series, "No asserted events yet.")) { return; }
    // a tick on the first of a month (the bar's centre): every month, quarter or year, as many as fit
    var n = d.series.length, first = n ? d.series[0].period : undefined;
    Plotly.newPlot("chart-timeline", quadBars(d.series), layout({yaxis: {title: {text: "events"}},
                   xaxis: {type: "date", tickformat: n > 72 ? "%Y" : "%b %Y", tick0: first,
                           dtick: n <= 24 ? "M1" : n <= 72 ? "M3" : "M12"}}), CONFIG);
  }

  function dyad(d) {
    var go = function (direction) {
      return function (ev) {
        var period = ev.points[0].x;
        window.location.href = "?by=" + encodeURIComponent(d.by) + "&period=" + encodeURIComponent(period) +
          "&direction=" + direction + "#period";
      };
    };
    [["chart-ab", d.a_to_b, "ab"], ["chart-ba", d.b_to_a, "ba"]].forEach(function (c) {
      var el = document.getElementById(c[0]);
      if (empty(el, c[1], "No events in this direction.")) { return; }
      Plotly.newPlot(el, quadBars(c[1]), layout({yaxis: {title: {text: "events"}}}), CONFIG).then(function () {
        el.on("plotly_click", go(c[2]));
      });
    });
    var line = function (rows, name, color) {
      return {type: "scatter", mode: "lines+markers", name: name, line: {color: color},
              x: rows.map(function (r) { return r.period; }), y: rows.map(function (r) { return r.mean_goldstein; })};
    };
    if (empty("chart-goldstein", d.a_to_b.concat(d.b_to_a), "No events between them.")) { return; }
    Plotly.newPlot("chart-goldstein", [line(d.a_to_b, d.a + " → " + d.b, "#4e79a7"),
                                       line(d.b_to_a, d.b + " → " + d.a, "#e15759")],
                   layout({yaxis: {title: {text: "mean Goldstein"}, range: [-10.5, 10.5], zeroline: true}}), CONFIG);
  }

  function network(d) {
    var el = document.getElementById("chart-network");
    var nodes = [], index = {}, degree = {};
    d.edges.forEach(function (e) {
      [e.source, e.target].forEach(function (n) {
        if (!(n in index)) { index[n] = nodes.length; nodes.push(n); degree[n] = 0; }
        degree[n] += e.events;
      });
    });
    if (empty(el, nodes, "No edges to draw.")) { return; }
    var pos = {}, others = nodes.filter(function (n) { return n !== d.center; });
    if (d.center && d.center in index) { pos[d.center] = [0, 0]; }
    others.forEach(function (n, i) {
      var a = 2 * Math.PI * i / others.length;
      pos[n] = [Math.cos(a), Math.sin(a)];
    });
    var max = Math.max.apply(null, d.edges.map(function (e) { return e.events; }));
    var size = function (n) { return 10 + 30 * Math.sqrt(degree[n] / (2 * max)); };
    // each directed edge is an arrow, shifted a little to its left so that A->B and B->A both show
    var arrows = d.edges.map(function (e) {
      var s = pos[e.source], t = pos[e.target], dx = t[0] - s[0], dy = t[1] - s[1];
      var len = Math.sqrt(dx * dx + dy * dy) || 1, ox = -dy / len * 0.025, oy = dx / len * 0.025;
      return {x: t[0] + ox, y: t[1] + oy, ax: s[0] + ox, ay: s[1] + oy, xref: "x", yref: "y", axref: "x", ayref: "y",
              showarrow: true, arrowhead: 2, arrowsize: 1, standoff: size(e.target) / 2 + 2,
              startstandoff: size(e.source) / 2, arrowwidth: 1 + 5 * e.events / max, text: "",
              arrowcolor: e.mean_goldstein < 0 ? "rgba(225,87,89,0.7)" : "rgba(78,121,167,0.7)",
              hovertext: e.source + " → " + e.target + ": " + e.events + " events, mean Goldstein " + e.mean_goldstein};
    });
    var traces = [{type: "scatter", mode: "markers+text", showlegend: false, textposition: "top center",
                 x: nodes.map(function (n) { return pos[n][0]; }), y: nodes.map(function (n) { return pos[n][1]; }),
                 text: nodes, customdata: nodes, hoverinfo: "text",
                 hovertext: nodes.map(function (n) { return n + ": " + degree[n] + " events on these edges"; }),
                 marker: {size: nodes.map(size),
                          color: nodes.map(function (n) { return n === d.center ? "#f28e2b" : "#76b7b2"; }),
                          line: {width: 1, color: "#333"}}}];
    var hide = {visible: false, range: [-1.35, 1.35]};
    Plotly.newPlot(el, traces, layout({xaxis: hide, yaxis: Object.assign({scaleanchor: "x"}, hide), annotations: arrows,
                                       margin: {l: 8, r: 8, t: 8, b: 8}}), CONFIG).then(function () {
      el.on("plotly_click", function (ev) {
        var n = ev.points[0].customdata;
        if (n) { window.location.href = "/actors/" + encodeURIComponent(n); }
      });
    });
  }

  function outlines(geo) {
    var x = [], y = [];
    geo.features.forEach(function (f) {
      f.geometry.coordinates.forEach(function (poly) {
        poly.forEach(function (ring) {
          ring.forEach(function (p) { x.push(p[0]); y.push(p[1]); });
          x.push(null); y.push(null);
        });
      });
    });
    return {type: "scatter", mode: "lines", x: x, y: y, hoverinfo: "skip", showlegend: false,
            fill: "toself", fillcolor: "#eef0e8", line: {color: "#9aa39a", width: 0.6}};
  }

  function map(d) {
    var el = document.getElementById("chart-map");
    fetch("/static/app/world.geojson").then(function (r) { return r.json(); }).then(function (geo) {
      var max = Math.max.apply(null, [1].concat(d.places.map(function (p) { return p.events; })));
      var places = {type: "scatter", mode: "markers", showlegend: false,
        x: d.places.map(function (p) { return p.lon; }), y: d.places.map(function (p) { return p.lat; }),
        text: d.places.map(function (p) { return (p.name || "") + ": " + p.events + " events (" + p.material_conflict + " material conflict)"; }),
        hovertemplate: "%{text}<extra></extra>",
        marker: {size: d.places.map(function (p) { return 6 + 34 * Math.sqrt(p.events / max); }),
                 color: d.places.map(function (p) { return p.material_conflict / p.events; }),
                 colorscale: [[0, "#4e79a7"], [1, "#e15759"]], cmin: 0, cmax: 1, opacity: 0.75,
                 line: {width: 1, color: "#333"},
                 colorbar: {title: {text: "share of<br>material<br>conflict"}, thickness: 10}}};
      Plotly.newPlot(el, [outlines(geo), places], layout({
        xaxis: {range: [-180, 180], showgrid: false, zeroline: false, visible: false},
        yaxis: {range: [-60, 85], showgrid: false, zeroline: false, visible: false, scaleanchor: "x"},
        margin: {l: 0, r: 0, t: 0, b: 0}, plot_bgcolor: "#dbe9f4"}), CONFIG);
    });
  }

  var draw = {timeline: timeline, dyad: dyad, network: network, map: map}[data.kind];
  if (draw) { draw(data); }
}());
