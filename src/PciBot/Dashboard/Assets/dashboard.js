// The tab's only script: it follows Teams' theme, signs in through Teams single sign-on on the sign-in page, and draws
// the charts from the numbers the server wrote beside them (data-chart). Loaded from the bot itself (see the CSP).
(() => {
  'use strict';
  const root = document.documentElement;
  const teams = window.microsoftTeams;
  const inTeams = window.parent !== window && teams !== undefined;
  const charts = [];

  const themed = (name) => getComputedStyle(root).getPropertyValue(name).trim();

  function draw() {
    if (window.Chart === undefined) {
      return;
    }
    charts.splice(0).forEach((chart) => chart.destroy());
    document.querySelectorAll('canvas[data-chart]').forEach((canvas) => {
      const data = JSON.parse(canvas.dataset.chart);
      const text = themed('--colorNeutralForeground1');
      const grid = themed('--colorNeutralStroke2');
      canvas.parentElement.style.height = `${Math.max(180, data.labels.length * 30 + 90)}px`;
      charts.push(new window.Chart(canvas, {
        type: 'bar',
        data: {
          labels: data.labels,
          datasets: data.series.map((s) => ({ label: s.name, data: s.values, backgroundColor: themed(`--status-${s.key}`), stack: 'lines' })),
        },
        options: {
          animation: false,
          indexAxis: 'y',
          maintainAspectRatio: false,
          responsive: true,
          plugins: { legend: { position: 'bottom', labels: { color: text, boxWidth: 14 } } },
          scales: {
            x: { stacked: true, ticks: { color: text, precision: 0 }, grid: { color: grid } },
            y: { stacked: true, ticks: { color: text }, grid: { display: false } },
          },
        },
      }));
    });
  }

  function setTheme(theme) {
    if (['default', 'dark', 'contrast'].includes(theme) && root.dataset.theme !== theme) {
      root.dataset.theme = theme;
      draw();
    }
  }

  async function signIn(panel) {
    const show = (state) => panel.querySelectorAll('[data-state]').forEach((p) => { p.hidden = p.dataset.state !== state; });
    if (!inTeams) {
      show('outside');
      return;
    }
    try {
      const context = await teams.app.getContext();
      const token = await teams.authentication.getAuthToken();
      const query = new URLSearchParams({ locale: context.app.locale || '', theme: context.app.theme || '' });
      const answer = await fetch(`/tab/session?${query}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, credentials: 'include' });
      if (!answer.ok) {
        throw new Error(`session ${answer.status}`);
      }
      window.location.replace(panel.dataset.return);
    } catch {
      show('failed');
    }
  }

  async function start() {
    if (inTeams) {
      try {
        await teams.app.initialize();
        const context = await teams.app.getContext();
        setTheme(context.app.theme);
        teams.app.registerOnThemeChangeHandler(setTheme);
        teams.app.notifySuccess();
      } catch {
        // Outside a Teams client the pages still work; only the theme stays the one the session named.
      }
    }
    const configure = document.getElementById('tab-configure');
    if (configure && inTeams) {
      teams.pages.config.registerOnSaveHandler((save) => {
        const address = `${window.location.origin}/tab`;
        teams.pages.config.setConfig({ entityId: 'dashboard', contentUrl: address, websiteUrl: address, suggestedDisplayName: 'PciBot' })
          .then(() => save.notifySuccess(), (error) => save.notifyFailure(String(error)));
      });
      teams.pages.config.setValidityState(true);
    }
    const panel = document.getElementById('tab-signin');
    if (panel) {
      await signIn(panel);
    }
    draw();
  }

  start();
})();
