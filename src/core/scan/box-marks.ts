// The marks a form's box is read as, whatever drew it (a Word symbol or field, a PDF widget, a LibreOffice control):
// « ☐ » left unchecked, « ☒ » ticked. special.ts reads « ☐ » before a phrase as saying it is not so.
export const UNCHECKED_BOX = '☐';
export const CHECKED_BOX = '☒';

export const boxMark = (checked: boolean): string => (checked ? CHECKED_BOX : UNCHECKED_BOX);
