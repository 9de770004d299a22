// "The case": the story behind the campaign in a few paragraphs, in the game's own words, for the page a
// player or a class opens from the title menu and from every lesson code in a debrief.
export const CASE_TITLE = 'The case behind the game';

export const CASE_STORY: readonly string[] = [
  `Hot Seat is fiction, but its shape comes from a real case. A founder builds a phone company, then a car company, and becomes its loudest voice: he posts about his breakfast, millions answer, and a clumsy old speech remixed into a song makes strangers like him. That warmth is a leap of trust, and for a while it carries the brand.`,
  `Then the habits that built the fame start to cost. Launches list premium options at a high price and then call them free, and the internet turns it into a joke about a noodle shop with free chopsticks. Posters promise in huge letters what the footnote calls a design goal. An owner pays extra for a carbon-fibre hood and finds that only one small part of it is carbon. Each is a small, common practice; together they wear trust away.`,
  `When two crashes put the cars in the headlines, every problem becomes the founder's personal problem, because he is the brand. A six-second clip makes him seem to put looks before safety; he answers in anger and the anger becomes the story. Some of the noise really is paid for by rivals, and some critics are simply right, and telling the two apart is the skill that matters. The memes that once made him human start to retell his sincerity as an act.`,
  `The way out that the case points to is slow and plain: make every claim something people can check, in numbers, in trying it themselves, and in time; let the brand speak with a consistent voice of its own instead of one person's; own what is fair, correct what is false with evidence, and laugh along when a joke is only a joke.`,
];

export const CASE_LESSONS_INTRO =
  'Each reply in the game can illustrate one of these lessons; the debrief names them by their code.';
