// "A new version is ready": shown when the service worker has fetched a new build. Nothing is swapped under a
// player or a workshop: the new version starts only when "Reload to update" is pressed (every game and
// workshop is saved after each step, so the reload loses nothing).
import { t } from '../i18n/i18n.ts';
import { button, h } from './h.ts';

export function createUpdateNotice(reload: () => void) {
  const root = h(
    'div',
    { class: 'update-notice', role: 'status', hidden: true },
    h('p', { text: t('menus.update.ready') }),
    button(t('menus.update.reload'), reload),
    button(t('menus.update.later'), () => {
      root.hidden = true;
    }),
  );
  const show = () => {
    root.hidden = false;
  };
  return { root, show };
}
