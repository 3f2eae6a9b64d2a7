/**
 * Messages for uploads and downloads, zh-CN first. They travel as field messages of a
 * VALIDATION_FAILED answer (path "file").
 */
import { defineMessages, type Catalog } from '../../shared/messages.js';

export const FILE_MESSAGES = defineMessages({
  not_multipart: { zh: '请以 multipart/form-data 表单上传文件（字段名 file）。', en: 'Upload the file as multipart/form-data (field "file").' },
  file_missing: { zh: '请选择要上传的文件（字段名 file）。', en: 'Choose a file to upload (field "file").' },
  file_empty: { zh: '文件是空的。', en: 'The file is empty.' },
  too_many_files: { zh: '一次只能上传一个文件。', en: 'Upload one file at a time.' },
  too_many_fields: { zh: '表单字段过多。', en: 'Too many form fields.' },
  type_not_allowed: {
    zh: '只能上传 PDF、Word（.docx/.doc）、Excel（.xlsx）、PNG 或 JPEG 文件；文件类型按内容识别，与文件名无关。',
    en: 'Only PDF, Word (.docx/.doc), Excel (.xlsx), PNG or JPEG files are accepted; the type is read from the content, not the name.',
  },
});
export type FileMessageKey = keyof typeof FILE_MESSAGES;

declare module '../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof FILE_MESSAGES> {}
}
