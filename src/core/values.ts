// A game value read or written by its name. The names are few and fixed: a switch reads each through its
// own property, where `values[name]` with a name that varies is a lookup by name at every call (the
// simulator moves and tests values tens of millions of times a run of the balance table).
import type { ValueName } from '../content/terms.ts';
import type { Values } from './state.ts';

export function getValue(v: Values, name: ValueName): number {
  switch (name) {
    case 'trust':
      return v.trust;
    case 'loyalty':
      return v.loyalty;
    case 'heat':
      return v.heat;
    case 'composure':
      return v.composure;
    case 'promiseDebt':
      return v.promiseDebt;
    case 'personaDependence':
      return v.personaDependence;
  }
}

export function setValue(v: Values, name: ValueName, x: number): void {
  switch (name) {
    case 'trust':
      v.trust = x;
      return;
    case 'loyalty':
      v.loyalty = x;
      return;
    case 'heat':
      v.heat = x;
      return;
    case 'composure':
      v.composure = x;
      return;
    case 'promiseDebt':
      v.promiseDebt = x;
      return;
    case 'personaDependence':
      v.personaDependence = x;
      return;
  }
}
