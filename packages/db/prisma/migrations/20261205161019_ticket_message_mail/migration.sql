-- AlterTable
ALTER TABLE "ticket_messages" ADD COLUMN     "mail_id" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "ticket_messages_mail_id_key" ON "ticket_messages"("mail_id");

-- AddForeignKey
ALTER TABLE "ticket_messages" ADD CONSTRAINT "ticket_messages_mail_id_fkey" FOREIGN KEY ("mail_id") REFERENCES "mail_outbox"("id") ON DELETE SET NULL ON UPDATE CASCADE;
