-- AlterTable
ALTER TABLE `conversations` ADD COLUMN `language` VARCHAR(2) NULL,
    ADD COLUMN `unanswered_streak` INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE `turns` ADD COLUMN `outcome` VARCHAR(16) NULL,
    ADD COLUMN `language` VARCHAR(2) NULL,
    ADD COLUMN `matched_key` VARCHAR(64) NULL;

-- CreateIndex
CREATE INDEX `turns_received_at_idx` ON `turns`(`received_at`);

-- CreateIndex
CREATE INDEX `turns_matched_key_idx` ON `turns`(`matched_key`);

-- CreateTable
CREATE TABLE `kb_ministries` (
    `external_id` VARCHAR(32) NOT NULL,
    `name` VARCHAR(255) NOT NULL,
    `description` TEXT NOT NULL,
    `url` VARCHAR(1024) NULL,
    `imported_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    PRIMARY KEY (`external_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `kb_departments` (
    `external_id` VARCHAR(32) NOT NULL,
    `ministry_id` VARCHAR(32) NULL,
    `name` VARCHAR(255) NOT NULL,
    `url` VARCHAR(1024) NULL,
    `imported_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    PRIMARY KEY (`external_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `kb_agencies` (
    `external_id` VARCHAR(32) NOT NULL,
    `ministry_id` VARCHAR(32) NULL,
    `department_id` VARCHAR(32) NULL,
    `name` VARCHAR(255) NOT NULL,
    `description` TEXT NOT NULL,
    `url` VARCHAR(1024) NULL,
    `logo_url` VARCHAR(1024) NULL,
    `imported_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    PRIMARY KEY (`external_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `kb_services` (
    `external_id` VARCHAR(32) NOT NULL,
    `agency_id` VARCHAR(32) NULL,
    `department_id` VARCHAR(32) NULL,
    `ministry_id` VARCHAR(32) NULL,
    `name` VARCHAR(512) NOT NULL,
    `url` VARCHAR(1024) NULL,
    `description` TEXT NOT NULL,
    `imported_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    INDEX `kb_services_agency_id_idx`(`agency_id`),
    PRIMARY KEY (`external_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `kb_faqs` (
    `external_id` VARCHAR(32) NOT NULL,
    `question` VARCHAR(1000) NOT NULL,
    `answer` TEXT NOT NULL,
    `imported_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    PRIMARY KEY (`external_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `knowledge_articles` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `question` VARCHAR(500) NOT NULL,
    `answer` TEXT NOT NULL,
    `links` JSON NOT NULL,
    `language` VARCHAR(2) NOT NULL,
    `tags` JSON NOT NULL,
    `created_by_id` INTEGER NULL,
    `updated_by_id` INTEGER NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,
    `deleted_at` DATETIME(3) NULL,

    INDEX `knowledge_articles_updated_at_idx`(`updated_at`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `knowledge_state` (
    `id` INTEGER NOT NULL,
    `dataset_revision` INTEGER NOT NULL DEFAULT 0,
    `updated_at` DATETIME(3) NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
