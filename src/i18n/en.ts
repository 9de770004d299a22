// The interface in English, the language every other is checked against: a JSON file of strings per part
// of the game (i18next's format, which translation tools read), bundled with the game.
import debrief from './en/debrief.json';
import editor from './en/editor.json';
import judgement from './en/judgement.json';
import menus from './en/menus.json';
import phone from './en/phone.json';
import play from './en/play.json';
import room from './en/room.json';
import story from './en/story.json';
import workshop from './en/workshop.json';

export default { menus, play, debrief, workshop, judgement, editor, story, phone, room };
