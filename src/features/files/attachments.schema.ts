/** An attachment as every record's API shows it. */
import { z } from 'zod';

export const AttachmentDto = z.object({
  id: z.number(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  isInternal: z.boolean(),
  createdAt: z.string(),
});
