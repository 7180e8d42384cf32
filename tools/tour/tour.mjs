// The README's ten-minute tour, as a newcomer does it: Agents Playground first (from the repository root, so it reads
// .m365agentsplayground.yml), its page open, then the bot with --demo. Every step is pressed in the real UI and saved as
// a screenshot in docs/tour. Needs Chromium (CHROMIUM, default /usr/bin/chromium); never downloads a browser.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const shots = join(root, 'docs', 'tour');
const started = Date.now();
const log = (...a) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...a);
const children = [];

function start(name, command, args, ready) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, BROWSER: 'none' }, detached: true });
  children.push(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start`)), 240_000);
    const watch = (data) => { if (String(data).includes(ready)) { clearTimeout(timer); log(`${name} started`); resolve(child); } };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.on('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
  });
}

function stopAll() {
  for (const child of children) {
    try { process.kill(-child.pid, 'SIGINT'); } catch { /* gone already */ }
  }
}

async function main() {
  mkdirSync(shots, { recursive: true });
  await start('Agents Playground', join(here, 'node_modules', '.bin', 'agentsplayground'),
    ['-e', 'http://127.0.0.1:3978/api/messages', '-c', 'msteams'], 'Listening on');

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1500 }, locale: 'en-US' });
  page.on('pageerror', (e) => { throw new Error(`Playground page error: ${e.message}`); });
  await page.goto('http://localhost:56150', { waitUntil: 'networkidle' });
  await page.getByText('Personal Chat', { exact: true }).first().click();

  await start('PciBot', 'dotnet', ['run', '--project', 'src/PciBot', '--', '--demo'], 'Application started');

  const cards = page.locator('.ac-adaptiveCard');
  const find = async (text, seconds = 60) => {
    for (let waited = 0; waited <= seconds; waited += 1) {
      for (let i = (await cards.count()) - 1; i >= 0; i--) {
        if ((await cards.nth(i).innerText()).includes(text)) return cards.nth(i);
      }
      await page.waitForTimeout(1000);
    }
    throw new Error(`no card with "${text}" after ${seconds} s`);
  };
  const say = async (text) => {
    const box = page.locator('[data-lexical-editor="true"]').first();
    await box.click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  };
  const shoot = async (name, card) => { await card.scrollIntoViewIfNeeded(); await page.screenshot({ path: join(shots, `${name}.png`) }); log(`docs/tour/${name}.png`); };

  // 1. The reminders arrive unprompted at 08:00 on Monday 11/12/2023 (demo clock): one card per schedule.
  const reminder = await find('Tháng 12/2023');
  await shoot('1-reminder', reminder);

  // 2. On the monthly card (task 19), 150 % is refused, then a real update is sent.
  await reminder.getByText('Đang thực hiện').first().click();
  await reminder.locator('input[placeholder="0–100"]').first().fill('150');
  await reminder.locator('button', { hasText: 'Gửi cập nhật' }).first().click();
  await page.waitForTimeout(5000);
  const refused = await find('Tháng 12/2023');
  log('after 150 %:', (await refused.innerText()).split('\n').filter((l) => l.includes('100')).join(' | '));
  await shoot('2-refused', refused);
  await refused.locator('input[placeholder="0–100"]').first().fill('60');
  await refused.locator('textarea').first().fill('Đã tổ chức 01 hội nghị đối thoại với 45 doanh nghiệp; tiếp nhận 7 kiến nghị.');
  await refused.locator('button', { hasText: 'Gửi cập nhật' }).first().click();
  const saved = await find('Đã cập nhật', 20);
  await shoot('3-updated', saved);

  // 3. The digest of Monday morning, posted in the Office's channel with mentions.
  await page.getByText('Văn phòng Sở', { exact: true }).first().click();
  const digest = await find('Bản tin tiến độ', 30);
  await shoot('4-digest', digest);

  // 4. The rollup with its Word and Excel links; the Word file is fetched as a browser would.
  await page.getByText('Personal Chat', { exact: true }).first().click();
  await say('tổng hợp quý này');
  const rollup = await find('Tải', 30);
  await shoot('5-rollup', rollup);
  log('rollup links:', JSON.stringify(await rollup.locator('button, a').allInnerTexts()));

  // 5. An admin edits a schedule: the monthly reminders at 07:30 instead of 08:00, saved, with the next fire times.
  await say('sửa lịch nhắc monthly');
  const edit = await find('Lưu', 30);
  const time = edit.locator('input[value="08:00"]').first();
  await time.fill('07:30');
  await edit.locator('button', { hasText: 'Lưu' }).first().click();
  const edited = await find('07:30 13/12/2023', 30);
  await shoot('6-schedule-edit', edited);

  // 6. Two days later on the demo clock (about six minutes): the follow-up to units that have not reported.
  const followUp = await find('Nhắc lại: chưa có báo cáo', 600);
  await shoot('7-follow-up', followUp);
  await browser.close();
}

main()
  .then(() => { log('tour done'); stopAll(); process.exit(0); })
  .catch((e) => { console.error(e); stopAll(); process.exit(1); });
