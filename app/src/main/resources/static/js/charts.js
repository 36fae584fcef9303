// Draws the requests-over-time chart of the traffic page from the series API. The chart element
// names its data in data-series-url; after drawing, data-state, data-series and data-points say
// what was drawn. Series names come from logs: the chart and its tooltip draw text on the
// canvas (richText), never as HTML.
(function () {
  'use strict';

  // Shades per status class, taken in order of appearance: greens for 2xx, blues for 3xx,
  // ambers for 4xx, reds for 5xx; other keys get the spare colours.
  var CLASS_SHADES = {
    '1': ['#8a94a3', '#6b7482'],
    '2': ['#3fb68b', '#7fd1b0', '#2a8a68'],
    '3': ['#5b9bd5', '#a3c8ee', '#3d6f9f'],
    '4': ['#e3a93b', '#f3d08a', '#b9772a'],
    '5': ['#e5534b', '#f29a94', '#a8342e']
  };
  var SPARE_COLOURS = ['#b58cf0', '#4fc1c9', '#d977b5', '#9fbf5a', '#c9b458', '#7f8fd9'];
  var chart = null;

  function colours(keys) {
    var used = {};
    var spare = 0;
    return keys.map(function (key) {
      var shades = /^[1-5][0-9][0-9]$/.test(key) ? CLASS_SHADES[key.charAt(0)] : null;
      if (!shades) {
        return SPARE_COLOURS[spare++ % SPARE_COLOURS.length];
      }
      var n = used[key.charAt(0)] || 0;
      used[key.charAt(0)] = n + 1;
      return shades[n % shades.length];
    });
  }

  // The API leaves out empty buckets; stacking needs every series on the same buckets, so
  // each series gets a zero where it has no point.
  function aligned(body) {
    var times = {};
    body.series.forEach(function (s) {
      s.points.forEach(function (p) { times[p.time] = true; });
    });
    var axis = Object.keys(times).sort();
    return body.series.map(function (s) {
      var counts = {};
      s.points.forEach(function (p) { counts[p.time] = p.count; });
      return axis.map(function (t) { return [t, counts[t] || 0]; });
    });
  }

  function option(body) {
    var keys = body.series.map(function (s) { return s.key; });
    var palette = colours(keys);
    var data = aligned(body);
    var series = keys.map(function (key, i) {
      return {
        name: key,
        type: 'bar',
        stack: 'requests',
        barCategoryGap: '12%',
        itemStyle: { color: palette[i] },
        emphasis: { focus: 'series' },
        data: data[i]
      };
    });
    return {
      useUTC: true,
      animation: false,
      backgroundColor: 'transparent',
      textStyle: { color: '#8a94a3', fontSize: 11 },
      grid: { left: 48, right: 16, top: 30, bottom: 28 },
      legend: { top: 0, right: 8, itemWidth: 10, itemHeight: 10, textStyle: { color: '#d8dee7' } },
      tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'time',
        axisLine: { lineStyle: { color: '#2a323d' } },
        axisLabel: { color: '#8a94a3', hideOverlap: true },
        splitLine: { show: false }
      },
      yAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { color: '#8a94a3' },
        splitLine: { lineStyle: { color: '#222a34' } }
      },
      series: series
    };
  }

  function draw(element, body) {
    chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option(body));
    var points = body.series.reduce(function (n, s) { return n + s.points.length; }, 0);
    element.dataset.series = String(body.series.length);
    element.dataset.points = String(points);
    element.dataset.state = 'loaded';
  }

  function fail(element, message) {
    element.dataset.state = 'failed';
    element.classList.add('empty');
    element.textContent = 'Chart unavailable: ' + message;
  }

  function load(element) {
    if (chart) {
      chart.dispose();
      chart = null;
    }
    element.dataset.state = 'loading';
    fetch(element.dataset.seriesUrl, { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (body) { draw(element, body); })
      .catch(function (error) { fail(element, error.message); });
  }

  function init() {
    var element = document.getElementById('requests-chart');
    if (element && element.dataset.state === 'pending') {
      load(element);
    }
  }

  document.addEventListener('DOMContentLoaded', init);
  document.addEventListener('htmx:afterSettle', init);
  window.addEventListener('resize', function () {
    if (chart) {
      chart.resize();
    }
  });
})();
