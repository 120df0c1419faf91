// Draws a Stockpile report's charts (Apache ECharts, SVG renderer) from the JSON in #chart-data,
// formats numbers in tooltips and on compact axes, redraws on resize and before printing, shows
// one part of a page in parts at a time (the selector #parts), and marks
// <body data-charts="N" data-rendered="M" data-errors="..."> for the browser test.
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
    if (magnitude >= 1) { return String(parseFloat(value.toFixed(2))); }
    if (magnitude === 0) { return '0'; }
    return String(parseFloat(value.toPrecision(3)));
  }

  function compactAxes(axes) {
    [].concat(axes || []).forEach(function (axis) {
      if (axis && axis.stockpileCompact) {
        axis.axisLabel = axis.axisLabel || {};
        axis.axisLabel.formatter = format;
      }
    });
  }

  // Error bars for custom series ("renderItem": "errorBar"): data [category, low, high, offset],
  // offset in band widths, so that a bar's interval sits on that bar.
  function errorBar(horizontal) {
    return function (params, api) {
      var category = api.value(0);
      var low = api.value(1);
      var high = api.value(2);
      if (isNaN(low) || isNaN(high)) {
        return null;
      }
      var shift = (api.value(3) || 0) * (horizontal ? api.size([0, 1])[1] : api.size([1, 0])[0]);
      var from = horizontal ? api.coord([low, category]) : api.coord([category, low]);
      var to = horizontal ? api.coord([high, category]) : api.coord([category, high]);
      var cap = 5;
      var style = {stroke: '#1d2733', lineWidth: 1.5};
      var children = [];
      if (horizontal) {
        from[1] += shift; to[1] += shift;
        children.push({type: 'line', shape: {x1: from[0], y1: from[1], x2: to[0], y2: to[1]}, style: style});
        children.push({type: 'line', shape: {x1: from[0], y1: from[1] - cap, x2: from[0], y2: from[1] + cap}, style: style});
        children.push({type: 'line', shape: {x1: to[0], y1: to[1] - cap, x2: to[0], y2: to[1] + cap}, style: style});
      } else {
        from[0] += shift; to[0] += shift;
        children.push({type: 'line', shape: {x1: from[0], y1: from[1], x2: to[0], y2: to[1]}, style: style});
        children.push({type: 'line', shape: {x1: from[0] - cap, y1: from[1], x2: from[0] + cap, y2: from[1]}, style: style});
        children.push({type: 'line', shape: {x1: to[0] - cap, y1: to[1], x2: to[0] + cap, y2: to[1]}, style: style});
      }
      return {type: 'group', children: children};
    };
  }

  function renderers(series) {
    [].concat(series || []).forEach(function (one) {
      if (one.renderItem === 'errorBar') {
        one.renderItem = errorBar(one.stockpileHorizontal === true);
      }
    });
  }

  function prepare(option) {
    renderers(option.series);
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
  // A chart in a hidden part has no width: it keeps the size it was drawn at until shown again.
  function resize() {
    charts.forEach(function (chart) {
      if (chart.getDom().clientWidth > 0) {
        chart.resize();
      }
    });
  }
  window.addEventListener('resize', resize);
  window.addEventListener('beforeprint', resize);
  // A page in parts: every chart was drawn above while every part showed (so each has its width);
  // now the selector shows one part (the one the address names after #, or the first) at a time.
  var selector = document.getElementById('parts');
  if (selector) {
    var show = function () {
      [].forEach.call(document.querySelectorAll('section.part'), function (part) {
        part.hidden = part.id !== selector.value;
      });
      resize();
    };
    var named = location.hash.length > 1 ? document.getElementById(location.hash.substring(1)) : null;
    if (named && named.classList.contains('part')) {
      selector.value = named.id;
    }
    selector.addEventListener('change', show);
    show();
  }
  window.addEventListener('error', function (e) { note(String(e.message || e.type)); });
  if (window.reportErrors.length > 0) {
    body.dataset.errors = window.reportErrors.join(' | ');
  }
}());
