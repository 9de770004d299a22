// The interface in Simplified Chinese: loaded only when a player picks it (or the browser asks for it).
import debrief from './zh-CN/debrief.json';
import editor from './zh-CN/editor.json';
import judgement from './zh-CN/judgement.json';
import menus from './zh-CN/menus.json';
import phone from './zh-CN/phone.json';
import play from './zh-CN/play.json';
import room from './zh-CN/room.json';
import story from './zh-CN/story.json';
import workshop from './zh-CN/workshop.json';

export default { menus, play, debrief, workshop, judgement, editor, story, phone, room };
