// Balance targets for the first half of the campaign's levels (see balance.ts).
import { balanceSuite } from './balance.ts';

balanceSuite((i) => i < 6);
