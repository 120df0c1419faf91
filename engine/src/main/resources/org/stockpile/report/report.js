// Draws a Stockpile report's charts (Apache ECharts, SVG renderer) from the JSON in #chart-data,
// formats numbers in tooltips and on compact axes, redraws on resize and before printing, and
// marks <body data-charts="N" data-rendered="M" data-errors="..."> for the browser test.
(function () {
  'use strict';
  var body = document.body;

  function format(value) {
    if (typeof value !== 'number' || !isFinite(value)) {
      return String(value);
    }
    var magnitude = Math.abs(value);
    if (magnitude >= 1e9) { return (value / 1e9).toPrecision(3) + ' bn'; }
    if (magnitude >= 1e6) { return (value / 1e6).toPrecision(3) + ' M'; }
    if (magnitude >= 1e4) { return Math.round(value).toLocaleString('en-US'); }
    if (magnitude >= 100 || Number.isInteger(value)) { return value.toFixed(0); }
    if (magnitude >= 1) { return value.toFixed(2); }
    if (magnitude === 0) { return '0'; }
    return value.toPrecision(3);
  }

  function compactAxes(axes) {
    [].concat(axes || []).forEach(function (axis) {
      if (axis && axis.stockpileCompact) {
        axis.axisLabel = axis.axisLabel || {};
        axis.axisLabel.formatter = format;
      }
    });
  }

  function prepare(option) {
    option.tooltip = option.tooltip || {};
    if (!option.tooltip.valueFormatter) {
      option.tooltip.valueFormatter = format;
    }
    compactAxes(option.xAxis);
    compactAxes(option.yAxis);
    return option;
  }

  function note(message) {
    window.reportErrors.push(message);
    body.dataset.errors = window.reportErrors.join(' | ');
  }

  var entries = JSON.parse(document.getElementById('chart-data').textContent);
  var charts = [];
  var finished = {};
  body.dataset.charts = String(entries.length);
  body.dataset.rendered = '0';
  entries.forEach(function (entry) {
    try {
      var chart = echarts.init(document.getElementById(entry.id), null, {renderer: 'svg'});
      chart.on('finished', function () {
        if (!finished[entry.id]) {
          finished[entry.id] = true;
          body.dataset.rendered = String(Object.keys(finished).length);
        }
      });
      chart.setOption(prepare(entry.option));
      charts.push(chart);
    } catch (e) {
      note(entry.id + ': ' + e.message);
    }
  });
  function resize() {
    charts.forEach(function (chart) { chart.resize(); });
  }
  window.addEventListener('resize', resize);
  window.addEventListener('beforeprint', resize);
  window.addEventListener('error', function (e) { note(String(e.message || e.type)); });
  if (window.reportErrors.length > 0) {
    body.dataset.errors = window.reportErrors.join(' | ');
  }
}());
