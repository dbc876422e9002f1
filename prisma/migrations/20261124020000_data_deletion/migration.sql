-- CreateTable
CREATE TABLE `data_deletion_requests` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `confirmation_code` VARCHAR(32) NOT NULL,
    `user_id_hash` CHAR(64) NOT NULL,
    `status` VARCHAR(16) NOT NULL,
    `conversations_deleted` INTEGER NOT NULL,
    `messages_deleted` INTEGER NOT NULL,
    `requested_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `completed_at` DATETIME(3) NULL,

    UNIQUE INDEX `data_deletion_requests_confirmation_code_key`(`confirmation_code`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
