// Chat exports read through the scanner as files: Telegram's messages.html (its default export), the
// senders' names under the tag that the HTML view labels « Nom : ».
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import { readAsScan } from './read-as-scan.ts';

const { file } = tempFolder('rempart-chats-');

const TELEGRAM = `<!DOCTYPE html>
<html><head><meta charset="utf-8"/><title>Exported Data</title></head><body>
<div class="page_body chat_page"><div class="history">
<div class="message default clearfix" id="message1">
<div class="body">
<div class="pull_right date details" title="12.03.2024 14:32:05 UTC+01:00">
14:32
</div>
<div class="from_name">
Maëlys Quéré
</div>
<div class="text">
Bonjour, je suis enceinte de 5 mois, est-ce compatible avec le massage ?
</div>
</div>
</div>
<div class="message default clearfix" id="message3">
<div class="body">
<div class="from_name">
Brewenn Tanguy
</div>
<div class="text">
Oui bien sûr
</div>
</div>
</div>
</div></div></body></html>
`;

describe('chat exports read as files', () => {
  it('Telegram\'s messages.html: each sender\'s name, and what a message says of its sender', async () => {
    const { r, at } = await readAsScan(file('messages.html', TELEGRAM));
    expect(r.error).toBeUndefined();
    expect(at).toEqual(['person_name ligne 10', 'health ligne 13', 'person_name ligne 20']);
  });
});
