// Attacker timelapse: fetches events per attacker per day from the element's data-url and
// draws one stacked bar series per attacker. Attacker names come from feeds: the chart and its
// tooltip draw text on the canvas (richText), never as HTML. After drawing, data-state, data-series and
// data-points say what was drawn.
(function () {
  'use strict';

  function draw(element, body) {
    var days = {};
    body.series.forEach(function (s) {
      s.points.forEach(function (p) { days[p[0]] = true; });
    });
    var axis = Object.keys(days).sort();
    var points = 0;
    var series = body.series.map(function (s) {
      var counts = {};
      s.points.forEach(function (p) { counts[p[0]] = p[1]; points += 1; });
      return {
        name: s.name,
        type: 'bar',
        stack: 'events',
        barMaxWidth: 48,
        emphasis: { focus: 'series' },
        data: axis.map(function (day) { return [day, counts[day] || 0]; })
      };
    });
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      backgroundColor: 'transparent',
      color: ['#e8b04b', '#5b9bd5', '#3fb68b', '#e5534b', '#b58cf0', '#4fc1c9', '#d977b5',
        '#9fbf5a', '#c9b458', '#7f8fd9'],
      textStyle: { color: '#8a94a3', fontSize: 11 },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { type: 'scroll', top: 0, textStyle: { color: '#d8dee7' } },
      grid: { left: 48, right: 24, top: 40, bottom: 60 },
      xAxis: {
        type: 'category',
        data: axis,
        axisLine: { lineStyle: { color: '#2a323d' } },
        axisLabel: { color: '#8a94a3', hideOverlap: true }
      },
      yAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { color: '#8a94a3' },
        splitLine: { lineStyle: { color: '#222a34' } }
      },
      dataZoom: [{ type: 'slider', bottom: 10 }],
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
    element.setAttribute('data-series', String(series.length));
    element.setAttribute('data-points', String(points));
    element.setAttribute('data-state', series.length ? 'drawn' : 'empty');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('timelapse');
    if (!element) {
      return;
    }
    fetch(element.getAttribute('data-url'), { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('timelapse data answered ' + response.status);
        }
        return response.json();
      })
      .then(function (body) { draw(element, body); })
      .catch(function (error) {
        element.setAttribute('data-state', 'failed');
        element.textContent = String(error.message);
      });
  });
}());
