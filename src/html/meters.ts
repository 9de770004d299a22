// The three meters as HTML, for the solo game's accessible mirror and for the workshop's projector: each one
// a `meter` that assistive technology reads by its name, from 0 to 100. Built once and updated in place; a
// meter is written only when its whole number changes.
import { METERS, type MeterName } from '../content/terms.ts';
import type { Values } from '../core/state.ts';
import { t } from '../i18n/i18n.ts';
import { METER_LABELS } from '../view/format.ts';
import { h, setText } from './h.ts';

/** The meters as they are shown, in whole numbers: what a view follows to know when to show them again. */
export const shownValues = (values: Pick<Values, MeterName>) => METERS.map((m) => Math.round(values[m]));

/**
 * `mirror`: the solo game's, each meter read as "Public trust: 62" (the canvas draws what the eyes see).
 * `projector`: the workshop's, each meter a name, a number and a bar large enough for the back of a room.
 */
export function createMeters(look: 'mirror' | 'projector') {
  const big = look === 'projector';
  const rows = METERS.map((m) => {
    const meter = h('div', {
      role: 'meter',
      'aria-label': METER_LABELS[m],
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      ...(big ? { class: 'bar' } : { 'data-meter': m }),
    });
    const label = h('span');
    const row = big ? h('div', { class: 'big-meter', 'data-meter': m }, label, meter) : meter;
    return { m, meter, label, row };
  });
  const root = h('div', { class: big ? 'big-meters' : 'meters' }, ...rows.map((r) => r.row));

  function show(values: Pick<Values, MeterName>) {
    for (const { m, meter, label } of rows) {
      const v = Math.round(values[m]);
      if (meter.getAttribute('aria-valuenow') === String(v)) continue;
      meter.setAttribute('aria-valuenow', String(v));
      if (!big) {
        setText(meter, t('play.meterValue', { meter: METER_LABELS[m], value: v }));
        continue;
      }
      setText(label, `${METER_LABELS[m]} ${v}`);
      // Through the CSSOM: the page's Content-Security-Policy refuses style attributes.
      meter.style.setProperty('--value', `${v}%`);
    }
  }
  return { root, show };
}
