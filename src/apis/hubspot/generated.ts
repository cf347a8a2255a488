/**
 * Generated from spec/hubspot/openapi.yaml by `npm run generate` (openapi-typescript).
 * Do not edit by hand: change the spec and run `npm run generate`; a test fails on drift.
 */
export interface paths {
    "/crm/objects/2026-03/{objectType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a CRM object
         * @description Create page: the body holds properties (string values) and associations, both marked required; 201 with the created object. Reference notes: a duplicate unique value is 409 CONFLICT; an invalid value is 400 VALIDATION_ERROR. Accepting a body without associations is our reading (a client that follows the page always sends the key).
         */
        post: operations["createObject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/objects/2026-03/{objectType}/{objectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one CRM object
         * @description Reference notes and facts B2: 200 with the object; `properties` chooses the returned properties (unknown names ignored), without it a default set comes back; `idProperty` names a unique property whose value stands in for objectId. The spec declares no 404; 404 for an unknown or archived id is from the facts (B3) and our reading of archived defaulting to false.
         */
        get: operations["getObject"];
        put?: never;
        post?: never;
        /**
         * Archive a CRM object
         * @description Reference notes: 204; archive moves the record "to the recycling bin". That a later read answers 404 is our reading of `archived` defaulting to false; archiving an id with no live record is answered 204 or 404 (our reading: the sources are silent).
         */
        delete: operations["archiveObject"];
        options?: never;
        head?: never;
        /**
         * Update a CRM object
         * @description Reference notes: "Provided property values will be overwritten. Read-only and non-existent properties will result in an error. Properties values can be cleared by passing an empty string." 200 with the object. Properties not sent keep their values (our reading of PATCH). The facts record an older text that ignored unknown properties; this document follows the current one.
         */
        patch: operations["updateObject"];
        trace?: never;
    };
    "/crm/objects/2026-03/{objectType}/batch/upsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update CRM objects by a unique property (batch upsert)
         * @description Facts B5: each input names a unique idProperty and its value (id); a matching record is updated (`new` false), otherwise one is created (`new` true); 200 with status and results, 207 with errors. The facts record a disagreement on where idProperty goes: the body (the 2026-03 spec) or a query parameter (the operation description); this document takes the body and also accepts the query parameter for inputs that name none (our reading). A batch with an invalid input is refused whole with 400 by the reference server; a server that answers 207 with the input in errors is also conforming.
         */
        post: operations["upsertObjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/properties/2026-03/{objectType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read all properties of an object type (discovery)
         * @description Facts B1: 200 with { results: [Property] } and no paging; the archived query returns only archived properties. Needing the object type's read scope is our reading.
         */
        get: operations["getProperties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/objects/{objectType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a CRM object (v3 path)
         * @description The same operation as createObject under the v3 path.
         */
        post: operations["createObjectV3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/objects/{objectType}/{objectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one CRM object (v3 path)
         * @description The same operation as getObject under the v3 path.
         */
        get: operations["getObjectV3"];
        put?: never;
        post?: never;
        /**
         * Archive a CRM object (v3 path)
         * @description The same operation as archiveObject under the v3 path.
         */
        delete: operations["archiveObjectV3"];
        options?: never;
        head?: never;
        /**
         * Update a CRM object (v3 path)
         * @description The same operation as updateObject under the v3 path.
         */
        patch: operations["updateObjectV3"];
        trace?: never;
    };
    "/crm/v3/objects/{objectType}/batch/upsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Batch upsert (v3 path)
         * @description The same operation as upsertObjects under the v3 path.
         */
        post: operations["upsertObjectsV3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/properties/{objectType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read all properties of an object type (v3 path)
         * @description The same operation as getProperties under the v3 path (facts B1).
         */
        get: operations["getPropertiesV3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Reference notes - one association type of an association. */
        AssociationSpec: {
            /** @enum {unknown} */
            associationCategory?: "HUBSPOT_DEFINED" | "INTEGRATOR_DEFINED" | "USER_DEFINED" | "WORK";
            associationTypeId: number;
        };
        /**
         * @description Facts B5 - the batch upsert body.
         * @example {
         *       "inputs": [
         *         {
         *           "id": "ada@example.com",
         *           "idProperty": "email",
         *           "properties": {
         *             "firstname": "Ada"
         *           }
         *         }
         *       ]
         *     }
         */
        BatchInputSimplePublicObjectBatchInputUpsert: {
            inputs: components["schemas"]["SimplePublicObjectBatchInputUpsert"][];
        };
        /** @description Facts B5 - status, results, startedAt and completedAt are required. */
        BatchResponseSimplePublicUpsertObject: {
            /** Format: date-time */
            completedAt: string;
            links?: {
                [key: string]: string;
            };
            /** Format: date-time */
            requestedAt?: string;
            results: components["schemas"]["SimplePublicUpsertObject"][];
            /** Format: date-time */
            startedAt: string;
            status: components["schemas"]["BatchStatus"];
        };
        /** @description Facts B5 - the 207 form, adding errors and numErrors. */
        BatchResponseSimplePublicUpsertObjectWithErrors: {
            /** Format: date-time */
            completedAt: string;
            errors?: components["schemas"]["StandardError"][];
            links?: {
                [key: string]: string;
            };
            numErrors?: number;
            /** Format: date-time */
            requestedAt?: string;
            results: components["schemas"]["SimplePublicUpsertObject"][];
            /** Format: date-time */
            startedAt: string;
            status: components["schemas"]["BatchStatus"];
        };
        /**
         * @description Facts B5 - the batch status; a synchronous batch that finished is COMPLETE (our reading).
         * @enum {unknown}
         */
        BatchStatus: "CANCELED" | "COMPLETE" | "PENDING" | "PROCESSING";
        /** @description Facts B1 - { results } with no paging. */
        CollectionResponsePropertyNoPaging: {
            results: components["schemas"]["Property"][];
        };
        /**
         * @description Reference notes: { status: "error", message, correlationId, category, errors[] }; the spec requires category, correlationId and message. Categories seen: VALIDATION_ERROR (400), CONFLICT (409), OBJECT_NOT_FOUND (404), INVALID_AUTHENTICATION and EXPIRED_AUTHENTICATION (401), MISSING_SCOPES (403). status is "error" in every real body the facts quote.
         * @example {
         *       "status": "error",
         *       "message": "Property values were not valid: [{\"isValid\":false,\"message\":\"12,5 was not a valid number.\",\"error\":\"INVALID_INTEGER\",\"name\":\"num_employees\"}]",
         *       "correlationId": "4f1d7c2a-5b6e-4c3d-9a8b-7e6f5d4c3b2a",
         *       "category": "VALIDATION_ERROR",
         *       "errors": [
         *         {
         *           "message": "12,5 was not a valid number.",
         *           "code": "INVALID_INTEGER",
         *           "context": {
         *             "propertyName": [
         *               "num_employees"
         *             ]
         *           }
         *         }
         *       ]
         *     }
         */
        Error: {
            category: string;
            context?: {
                [key: string]: string[];
            };
            correlationId: string;
            errors?: components["schemas"]["ErrorDetail"][];
            links?: {
                [key: string]: string;
            };
            message: string;
            /** @example error */
            status?: string;
            subCategory?: string;
        };
        /** @description Facts B3: message is required; code, in, context and subCategory are optional. A validation error names the property in context.propertyName. */
        ErrorDetail: {
            /** @description Codes seen in the sources: INVALID_INTEGER (also for number properties), INVALID_OPTION, INVALID_DATE, PROPERTY_DOESNT_EXIST, LEADING_TRAILING_WHITESPACE. The set is open. */
            code?: string;
            context?: {
                [key: string]: string[];
            };
            in?: string;
            message: string;
            subCategory?: string;
        };
        /** @description Facts B1: label, value and hidden are required; value is "The internal value of the option, which must be used when setting the property value through the API". */
        Option: {
            description?: string;
            displayOrder?: number;
            hidden: boolean;
            label: string;
            value: string;
        };
        /** @description Facts B1: name, label, type, fieldType, groupName, description and options are required. type and fieldType are plain strings when read (the enums apply to creating properties). hasUniqueValue marks properties usable as idProperty; modificationMetadata.readOnlyValue marks read-only properties. */
        Property: {
            archived?: boolean;
            calculated?: boolean;
            /** Format: date-time */
            createdAt?: string;
            description: string;
            displayOrder?: number;
            externalOptions?: boolean;
            /**
             * @example booleancheckbox
             * @example checkbox
             * @example date
             * @example number
             * @example radio
             * @example select
             * @example text
             * @example textarea
             */
            fieldType: string;
            formField?: boolean;
            groupName: string;
            hasUniqueValue?: boolean;
            hidden?: boolean;
            hubspotDefined?: boolean;
            label: string;
            modificationMetadata?: components["schemas"]["PropertyModificationMetadata"];
            name: string;
            options: components["schemas"]["Option"][];
            /**
             * @example bool
             * @example date
             * @example datetime
             * @example enumeration
             * @example number
             * @example phone_number
             * @example string
             */
            type: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        /** @description Facts B1 - archivable, readOnlyDefinition and readOnlyValue are required. */
        PropertyModificationMetadata: {
            archivable: boolean;
            readOnlyDefinition: boolean;
            readOnlyOptions?: boolean;
            readOnlyValue: boolean;
        };
        /**
         * @description Reference notes and facts B2: property name to value, every value a string. The empty string clears a value on update. Which strings a property accepts depends on its type (facts B4); per-object checks judge that, not this schema.
         * @example {
         *       "email": "ada@example.com",
         *       "firstname": "Ada",
         *       "num_employees": "12"
         *     }
         */
        PropertyValues: {
            [key: string]: string;
        };
        /** @description Create page - the record to link and the association types. */
        PublicAssociationsForObject: {
            to: {
                id: string;
            };
            types: components["schemas"]["AssociationSpec"][];
        };
        /**
         * @description Reference notes: id, properties, createdAt, updatedAt and archived are required; archivedAt, propertiesWithHistory, objectWriteTraceId, url and warnings are optional. Property values are strings (facts B2); a property without a value is left out (facts B2; a third-party schema allows null, so null is accepted here too).
         * @example {
         *       "id": "1000001",
         *       "properties": {
         *         "email": "ada@example.com",
         *         "hs_object_id": "1000001"
         *       },
         *       "createdAt": "2026-05-07T10:00:00.000Z",
         *       "updatedAt": "2026-05-07T10:00:00.000Z",
         *       "archived": false
         *     }
         */
        SimplePublicObject: {
            archived: boolean;
            /** Format: date-time */
            archivedAt?: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            objectWriteTraceId?: string;
            properties: {
                [key: string]: string | null;
            };
            propertiesWithHistory?: {
                [key: string]: components["schemas"]["ValueWithTimestamp"][];
            };
            /** Format: date-time */
            updatedAt: string;
            url?: string;
        };
        /** @description Facts B5: id (the value of idProperty) and properties are required; idProperty and objectWriteTraceId are optional. An empty id is refused (our reading). */
        SimplePublicObjectBatchInputUpsert: {
            id: string;
            idProperty?: string;
            objectWriteTraceId?: string;
            properties: components["schemas"]["PropertyValues"];
        };
        /**
         * @description Reference notes - the update body; objectWriteTraceId is optional.
         * @example {
         *       "properties": {
         *         "lastname": "Lovelace",
         *         "phone": ""
         *       }
         *     }
         */
        SimplePublicObjectInput: {
            objectWriteTraceId?: string;
            properties: components["schemas"]["PropertyValues"];
        };
        /**
         * @description Create page: properties and associations, both marked required. The schema requires only properties: a server that refuses a body without associations is not judged by it (our reading).
         * @example {
         *       "properties": {
         *         "email": "ada@example.com",
         *         "firstname": "Ada"
         *       },
         *       "associations": []
         *     }
         */
        SimplePublicObjectInputForCreate: {
            associations?: components["schemas"]["PublicAssociationsForObject"][];
            properties: components["schemas"]["PropertyValues"];
        };
        /** @description Facts B5: a SimplePublicObject with `new`, required. The spec describes `new` as "Whether the property is new"; our reading (as the facts infer) is that the record was created rather than updated. */
        SimplePublicUpsertObject: components["schemas"]["SimplePublicObject"] & {
            new: boolean;
        };
        /** @description Facts B3 - one failed input of a batch (207). */
        StandardError: {
            category: string;
            context: {
                [key: string]: string[];
            };
            errors: components["schemas"]["ErrorDetail"][];
            id?: string;
            links: {
                [key: string]: string;
            };
            message: string;
            status: string;
            subCategory?: Record<string, never>;
        };
        /** @description Reference notes - one historic value of a property. */
        ValueWithTimestamp: {
            sourceId?: string;
            sourceLabel?: string;
            sourceType?: string;
            /** Format: date-time */
            timestamp: string;
            updatedByUserId?: number;
            value: string;
        };
    };
    responses: {
        /** @description Reference notes: an invalid value is 400 with category VALIDATION_ERROR and one entry in errors per invalid property. Also a body that is not a JSON object, a read-only or unknown property (facts B3, current text) and an idProperty that is not unique (our reading). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Reference notes - a value a unique property already holds on another record; category CONFLICT, the existing id only inside message. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Create page - "successful operation"; 201 from the reference notes. */
        Created: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SimplePublicObject"];
            };
        };
        /** @description Facts B1 and B2 - every other error uses the Error schema. */
        Default: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Facts B6 - the token lacks a required scope; category MISSING_SCOPES. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Facts B3 - unknown or invalid id, category OBJECT_NOT_FOUND. An unknown object type is also 404 here (our reading; the sources are silent). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The object (reference notes, SimplePublicObject). */
        Object: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SimplePublicObject"];
            };
        };
        /** @description Our reading: a request body the server refuses for its size. The sources do not name 413; it is listed so a server that sends it is judged on its body. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Facts B1 - every property of the object type, without paging. */
        PropertyList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CollectionResponsePropertyNoPaging"];
            };
        };
        /** @description Facts B6 - "429 = rate limited". */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Facts B6 - the token is missing or invalid; category INVALID_AUTHENTICATION. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Facts B5 - the batch result, one result per input. */
        Upserted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BatchResponseSimplePublicUpsertObject"];
            };
        };
        /** @description Facts B5 - some inputs failed; errors lists them. */
        UpsertedWithErrors: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BatchResponseSimplePublicUpsertObjectWithErrors"];
            };
        };
    };
    parameters: {
        /** @description Facts B2 (unknown types ignored); the suite does not test associations. */
        Associations: string[];
        /** @description Reference notes: a property "whose values are unique for the object"; its value then stands in for objectId. A property that is not unique is refused with 400 (our reading of facts B5). */
        IdProperty: string;
        /** @description The record id (facts B3: "objectId are usually numeric"), or with idProperty the value of that unique property. */
        ObjectId: string;
        /** @description Facts B2: default false. With true the reference server reads the archived record (our reading). */
        ObjectsArchived: boolean;
        /** @description Create page: the object type. The name (contacts, p_orders) or the objectTypeId (0-1, 2-...) are both accepted; the objectTypeId form is our reading of the facts (B5 names contacts "0-1"). */
        ObjectType: string;
        /** @description Facts B2: properties to return, comma-separated; names the object does not have are ignored. Repeating the parameter (as HubSpot's SDK does) is the same as a comma list. */
        Properties: string[];
        /** @description Facts B1 - "return only results that have been archived"; default false. */
        PropertiesArchived: boolean;
        /** @description Facts B2; the suite does not test property history. */
        PropertiesWithHistory: string[];
        /** @description Facts B5 [DISAGREE]: the operation description names a query parameter, the 2026-03 spec puts idProperty in each input. Our reading: it applies to inputs that name none. */
        UpsertIdProperty: string;
    };
    requestBodies: {
        CreateInput: {
            content: {
                "application/json": components["schemas"]["SimplePublicObjectInputForCreate"];
            };
        };
        UpdateInput: {
            content: {
                "application/json": components["schemas"]["SimplePublicObjectInput"];
            };
        };
        UpsertInput: {
            content: {
                "application/json": components["schemas"]["BatchInputSimplePublicObjectBatchInputUpsert"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Create page: the object type. The name (contacts, p_orders) or the objectTypeId (0-1, 2-...) are both accepted; the objectTypeId form is our reading of the facts (B5 names contacts "0-1"). */
                objectType: components["parameters"]["ObjectType"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateInput"];
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Default"];
        };
    };
    getObject: {
        parameters: {
            query?: {
                /** @description Facts B2: default false. With true the reference server reads the archived record (our reading). */
                archived?: components["parameters"]["ObjectsArchived"];
                /** @description Facts B2 (unknown types ignored); the suite does not test associations. */
                associations?: components["parameters"]["Associations"];
                /** @description Reference notes: a property "whose values are unique for the object"; its value then stands in for objectId. A property that is not unique is refused with 400 (our reading of facts B5). */
                idProperty?: components["parameters"]["IdProperty"];
                /** @description Facts B2: properties to return, comma-separated; names the object does not have are ignored. Repeating the parameter (as HubSpot's SDK does) is the same as a comma list. */
                properties?: components["parameters"]["Properties"];
                /** @description Facts B2; the suite does not test property history. */
                propertiesWithHistory?: components["parameters"]["PropertiesWithHistory"];
            };
            header?: never;
            path: {
                /** @description The record id (facts B3: "objectId are usually numeric"), or with idProperty the value of that unique property. */
                objectId: components["parameters"]["ObjectId"];
                /** @description Create page: the object type. The name (contacts, p_orders) or the objectTypeId (0-1, 2-...) are both accepted; the objectTypeId form is our reading of the facts (B5 names contacts "0-1"). */
                objectType: components["parameters"]["ObjectType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Object"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Default"];
        };
    };
    archiveObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record id (facts B3: "objectId are usually numeric"), or with idProperty the value of that unique property. */
                objectId: components["parameters"]["ObjectId"];
                /** @description Create page: the object type. The name (contacts, p_orders) or the objectTypeId (0-1, 2-...) are both accepted; the objectTypeId form is our reading of the facts (B5 names contacts "0-1"). */
                objectType: components["parameters"]["ObjectType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Default"];
        };
    };
    updateObject: {
        parameters: {
            query?: {
                /** @description Reference notes: a property "whose values are unique for the object"; its value then stands in for objectId. A property that is not unique is refused with 400 (our reading of facts B5). */
                idProperty?: components["parameters"]["IdProperty"];
            };
            header?: never;
            path: {
                /** @description The record id (facts B3: "objectId are usually numeric"), or with idProperty the value of that unique property. */
                objectId: components["parameters"]["ObjectId"];
                /** @description Create page: the object type. The name (contacts, p_orders) or the objectTypeId (0-1, 2-...) are both accepted; the objectTypeId form is our reading of the facts (B5 names contacts "0-1"). */
                objectType: components["parameters"]["ObjectType"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateInput"];
        responses: {
            200: components["responses"]["Object"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Default"];
        };
    };
    upsertObjects: {
        parameters: {
            query?: {
                /** @description Facts B5 [DISAGREE]: the operation description names a query parameter, the 2026-03 spec puts idProperty in each input. Our reading: it applies to inputs that name none. */
                idProperty?: components["parameters"]["UpsertIdProperty"];
            };
            header?: never;
            path: {
                /** @description Create page: the object type. The name (contacts, p_orders) or the objectTypeId (0-1, 2-...) are both accepted; the objectTypeId form is our reading of the facts (B5 names contacts "0-1"). */
                objectType: components["parameters"]["ObjectType"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpsertInput"];
        responses: {
            200: components["responses"]["Upserted"];
            207: components["responses"]["UpsertedWithErrors"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Default"];
        };
    };
    getProperties: {
        parameters: {
            query?: {
                /** @description Facts B1 - "return only results that have been archived"; default false. */
                archived?: components["parameters"]["PropertiesArchived"];
            };
            header?: never;
            path: {
                /** @description Create page: the object type. The name (contacts, p_orders) or the objectTypeId (0-1, 2-...) are both accepted; the objectTypeId form is our reading of the facts (B5 names contacts "0-1"). */
                objectType: components["parameters"]["ObjectType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PropertyList"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Default"];
        };
    };
    createObjectV3: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Create page: the object type. The name (contacts, p_orders) or the objectTypeId (0-1, 2-...) are both accepted; the objectTypeId form is our reading of the facts (B5 names contacts "0-1"). */
                objectType: components["parameters"]["ObjectType"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateInput"];
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Default"];
        };
    };
    getObjectV3: {
        parameters: {
            query?: {
                /** @description Facts B2: default false. With true the reference server reads the archived record (our reading). */
                archived?: components["parameters"]["ObjectsArchived"];
                /** @description Facts B2 (unknown types ignored); the suite does not test associations. */
                associations?: components["parameters"]["Associations"];
                /** @description Reference notes: a property "whose values are unique for the object"; its value then stands in for objectId. A property that is not unique is refused with 400 (our reading of facts B5). */
                idProperty?: components["parameters"]["IdProperty"];
                /** @description Facts B2: properties to return, comma-separated; names the object does not have are ignored. Repeating the parameter (as HubSpot's SDK does) is the same as a comma list. */
                properties?: components["parameters"]["Properties"];
                /** @description Facts B2; the suite does not test property history. */
                propertiesWithHistory?: components["parameters"]["PropertiesWithHistory"];
            };
            header?: never;
            path: {
                /** @description The record id (facts B3: "objectId are usually numeric"), or with idProperty the value of that unique property. */
                objectId: components["parameters"]["ObjectId"];
                /** @description Create page: the object type. The name (contacts, p_orders) or the objectTypeId (0-1, 2-...) are both accepted; the objectTypeId form is our reading of the facts (B5 names contacts "0-1"). */
                objectType: components["parameters"]["ObjectType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Object"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Default"];
        };
    };
    archiveObjectV3: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record id (facts B3: "objectId are usually numeric"), or with idProperty the value of that unique property. */
                objectId: components["parameters"]["ObjectId"];
                /** @description Create page: the object type. The name (contacts, p_orders) or the objectTypeId (0-1, 2-...) are both accepted; the objectTypeId form is our reading of the facts (B5 names contacts "0-1"). */
                objectType: components["parameters"]["ObjectType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Default"];
        };
    };
    updateObjectV3: {
        parameters: {
            query?: {
                /** @description Reference notes: a property "whose values are unique for the object"; its value then stands in for objectId. A property that is not unique is refused with 400 (our reading of facts B5). */
                idProperty?: components["parameters"]["IdProperty"];
            };
            header?: never;
            path: {
                /** @description The record id (facts B3: "objectId are usually numeric"), or with idProperty the value of that unique property. */
                objectId: components["parameters"]["ObjectId"];
                /** @description Create page: the object type. The name (contacts, p_orders) or the objectTypeId (0-1, 2-...) are both accepted; the objectTypeId form is our reading of the facts (B5 names contacts "0-1"). */
                objectType: components["parameters"]["ObjectType"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateInput"];
        responses: {
            200: components["responses"]["Object"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Default"];
        };
    };
    upsertObjectsV3: {
        parameters: {
            query?: {
                /** @description Facts B5 [DISAGREE]: the operation description names a query parameter, the 2026-03 spec puts idProperty in each input. Our reading: it applies to inputs that name none. */
                idProperty?: components["parameters"]["UpsertIdProperty"];
            };
            header?: never;
            path: {
                /** @description Create page: the object type. The name (contacts, p_orders) or the objectTypeId (0-1, 2-...) are both accepted; the objectTypeId form is our reading of the facts (B5 names contacts "0-1"). */
                objectType: components["parameters"]["ObjectType"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpsertInput"];
        responses: {
            200: components["responses"]["Upserted"];
            207: components["responses"]["UpsertedWithErrors"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Default"];
        };
    };
    getPropertiesV3: {
        parameters: {
            query?: {
                /** @description Facts B1 - "return only results that have been archived"; default false. */
                archived?: components["parameters"]["PropertiesArchived"];
            };
            header?: never;
            path: {
                /** @description Create page: the object type. The name (contacts, p_orders) or the objectTypeId (0-1, 2-...) are both accepted; the objectTypeId form is our reading of the facts (B5 names contacts "0-1"). */
                objectType: components["parameters"]["ObjectType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PropertyList"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Default"];
        };
    };
}
