/**
 * 下载数据 / Download data: the zone's GeoJSON files and their README, written into the built site by
 * scripts/data-download-plugin.ts, which also gives their sizes (import.meta.env.G60_DOWNLOAD_BYTES).
 */
import { For } from 'solid-js';
import type { Lang } from '../domain/types';
import { t } from '../i18n/strings';

const BYTES: Record<string, number> = import.meta.env.G60_DOWNLOAD_BYTES ?? {};
const FILES = ['areas', 'places', 'projects'] as const;

export function DataDownload(props: { lang: Lang }) {
  const link = (file: string, label: string) => {
    const b = BYTES[`data/${file}`];
    return <a href={`./data/${file}`} download="">{label}<span class="count"> ({file}{b ? `, ${(b / 1000).toFixed(1)} kB` : ''})</span></a>;
  };
  return (
    <fieldset class="basemaps downloads" data-testid="data-download">
      <legend>{t(props.lang, 'downloadData')}</legend>
      <ul>
        <For each={FILES}>{(k) => <li>{link(`g60-${k}.geojson`, t(props.lang, k))}</li>}</For>
        <li>{link('README.txt', 'README')}</li>
      </ul>
      <p class="count">{t(props.lang, 'downloadNote')} {t(props.lang, 'dataLicence')}</p>
    </fieldset>
  );
}
