-- CreateTable
CREATE TABLE `conversations` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `page_id` VARCHAR(64) NOT NULL,
    `psid` VARCHAR(64) NOT NULL,
    `control` ENUM('bot', 'human') NOT NULL DEFAULT 'bot',
    `handed_over_at` DATETIME(3) NULL,
    `last_inbound_at` DATETIME(3) NULL,
    `last_outbound_at` DATETIME(3) NULL,
    `read_watermark` BIGINT NULL,
    `delivered_watermark` BIGINT NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    INDEX `conversations_last_inbound_at_idx`(`last_inbound_at`),
    UNIQUE INDEX `conversations_page_id_psid_key`(`page_id`, `psid`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `messages` (
    `id` BIGINT NOT NULL AUTO_INCREMENT,
    `conversation_id` INTEGER NOT NULL,
    `direction` ENUM('inbound', 'outbound') NOT NULL,
    `kind` VARCHAR(16) NOT NULL,
    `external_id` VARCHAR(191) NOT NULL,
    `mid` VARCHAR(191) NULL,
    `text` TEXT NULL,
    `payload` TEXT NULL,
    `details` JSON NULL,
    `status` ENUM('received', 'answered', 'ignored', 'pending', 'sending', 'sent', 'failed') NOT NULL,
    `error` TEXT NULL,
    `error_code` INTEGER NULL,
    `turn_id` BIGINT NULL,
    `part` INTEGER NULL,
    `event_at` DATETIME(3) NOT NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `sent_at` DATETIME(3) NULL,

    UNIQUE INDEX `messages_external_id_key`(`external_id`),
    INDEX `messages_conversation_id_event_at_idx`(`conversation_id`, `event_at`),
    INDEX `messages_turn_id_idx`(`turn_id`),
    INDEX `messages_status_created_at_idx`(`status`, `created_at`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `turns` (
    `id` BIGINT NOT NULL AUTO_INCREMENT,
    `conversation_id` INTEGER NOT NULL,
    `status` ENUM('answering', 'answered', 'failed') NOT NULL DEFAULT 'answering',
    `received_at` DATETIME(3) NOT NULL,
    `answered_at` DATETIME(3) NULL,
    `latency_ms` INTEGER NULL,
    `error` TEXT NULL,
    `error_code` INTEGER NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    INDEX `turns_conversation_id_status_idx`(`conversation_id`, `status`),
    INDEX `turns_status_updated_at_idx`(`status`, `updated_at`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `webhook_events` (
    `id` VARCHAR(191) NOT NULL,
    `event` JSON NOT NULL,
    `received_at` DATETIME(3) NOT NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `webhook_events_created_at_idx`(`created_at`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `alerts` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `kind` VARCHAR(64) NOT NULL,
    `message` TEXT NOT NULL,
    `details` JSON NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `resolved_at` DATETIME(3) NULL,

    INDEX `alerts_resolved_at_created_at_idx`(`resolved_at`, `created_at`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `messages` ADD CONSTRAINT `messages_conversation_id_fkey` FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `messages` ADD CONSTRAINT `messages_turn_id_fkey` FOREIGN KEY (`turn_id`) REFERENCES `turns`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `turns` ADD CONSTRAINT `turns_conversation_id_fkey` FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
