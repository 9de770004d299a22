// During play, the checks and the replies open on the current post, as buttons in the accessible mirror
// (keys A, C, O and 1–9 press them too). Rebuilt only when what they show changes (`choicesShown`), so that
// the focus keeps its place while the clock runs.
import { replyCost } from '../core/engine.ts';
import { t } from '../i18n/i18n.ts';
import { type App, currentChoices, isHeld } from '../state/store.ts';
import { CHECK_ACTIONS, CHECK_KEYS, hoursLeft, hoursText, outlastsPost } from '../view/format.ts';
import { h } from './h.ts';
import { choiceButton, replyButtons } from './reply-buttons.ts';

/**
 * What the buttons show, as one flat list for a shallow comparison: the chapter, the post and its hours
 * left, whether the game waits, whether kinds are named, the checks open on the post, and each reply's id
 * with its hours.
 */
export function choicesShown(s: App) {
  const current = currentChoices(s);
  return [
    s.level,
    current?.item.id,
    current && hoursLeft(current.item, current.post, s.game!.hour),
    isHeld(s),
    s.settings.showKinds,
    ...(current?.checks ?? []).map((c) => c.check),
    ...(current?.responses ?? []).flatMap((r) => [r.id, replyCost(r, s.game!)]),
  ];
}

export function createPlayChoices() {
  const checks = h('div', { role: 'group', 'aria-label': t('play.aria.checks'), class: 'checks', hidden: true });
  const replies = h('div', { role: 'group', 'aria-label': t('play.aria.responses'), class: 'responses' });

  function show(s: App) {
    const game = s.game!;
    const current = currentChoices(s);
    const held = isHeld(s);
    const open = current?.checks ?? [];
    checks.hidden = open.length === 0;
    checks.replaceChildren(
      ...(open.length ? [h('p', { text: t('play.checks.intro') })] : []),
      ...open.map((c) => {
        const late = current && outlastsPost(c, current.item, current.post, game.hour);
        const meta = ` — ${t(late ? 'play.checks.takesExpires' : 'play.takes', { hours: hoursText(c.hours) })}`;
        return choiceButton(CHECK_KEYS[c.check], CHECK_ACTIONS[c.check], meta, () => s.runCheck(c.check), {
          disabled: held,
          'data-check': c.check,
        });
      }),
    );
    const focused = replies.contains(document.activeElement)
      ? [...replies.children].indexOf(document.activeElement!)
      : -1;
    replies.replaceChildren(
      ...(current
        ? [
            h('p', {
              text: t('play.replyingToPost', {
                handle: current.post.author.handle,
                left: hoursLeft(current.item, current.post, game.hour),
                text: current.post.text,
              }),
            }),
          ]
        : []),
      ...replyButtons(current?.responses ?? [], game, s.settings.showKinds, {
        meta: (hours, kind) => ` — ${kind ? t('play.kindTakes', { kind, hours }) : t('play.takes', { hours })}`,
        pick: (r) => s.reply(r.id),
        attrs: (r) => ({ disabled: held, 'data-kind': r.kind }),
      }),
    );
    if (focused >= 0)
      (replies.children[Math.min(focused, replies.children.length - 1)] as HTMLElement | undefined)?.focus();
  }
  return { checks, replies, show };
}
